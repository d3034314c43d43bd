import { Injectable } from '@nestjs/common';
import { ErrorCode, canManageUnit, canSeeUnit, type MembershipRole, type ReportActor } from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { ReportsRepository, type ReportRow, type ReportUnitRow } from './reports.repository';

/** Roles that file a unit's own report when their grant sits on that very unit. */
const UNIT_REPORTER_ROLES = ['province_steering', 'district_steering', 'commune_chair'] as const;

/**
 * Who may do what with a report. A team's report is filed by its leader or deputy; a unit's (an area's
 * compilation) by a steering grant on that very unit, its Culture and Information Office head, or an admin.
 * The recipient is any managing grant covering the receiving unit (the commune chair for teams, the province
 * for compilations). Reading needs a grant covering the reporter or the recipient, or membership of the team.
 */
@Injectable()
export class ReportAccess {
  constructor(private readonly reports: ReportsRepository) {}

  async teamRole(actor: Actor, teamId: string): Promise<MembershipRole | null> {
    return this.reports.roleInTeam(actor.userId, teamId);
  }

  isTeamReporter(role: MembershipRole | null): boolean {
    return role === 'leader' || role === 'deputy';
  }

  async isUnitReporter(actor: Actor, unit: Pick<ReportUnitRow, 'id' | 'path'>): Promise<boolean> {
    const onUnit = actor.grants.some(
      (g) =>
        (g.role === 'admin' && unit.path.startsWith(g.unitPath)) ||
        ((UNIT_REPORTER_ROLES as readonly string[]).includes(g.role) && g.unitId === unit.id),
    );
    return onUnit || this.reports.isCultureOfficeHead(actor.userId, unit.id);
  }

  isRecipient(actor: Actor, recipientUnitPath: string): boolean {
    return canManageUnit(actor.grants, recipientUnitPath);
  }

  /** The caller's standing on a stored report; refuses (403) one who may not even read it. */
  async standing(actor: Actor, row: ReportRow): Promise<ReportActor> {
    const role = row.reporterKind === 'team' ? await this.teamRole(actor, row.reporterId) : null;
    const isReporter =
      row.reporterKind === 'team'
        ? this.isTeamReporter(role)
        : await this.isUnitReporter(actor, row.reporterUnit);
    const isRecipient = this.isRecipient(actor, row.recipientUnit.path);
    const reads =
      isReporter ||
      isRecipient ||
      role !== null ||
      canSeeUnit(actor.grants, row.reporterUnit.path) ||
      canSeeUnit(actor.grants, row.recipientUnit.path);
    if (!reads)
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'This report is outside your jurisdiction.');
    return { userId: actor.userId, isReporter, isRecipient };
  }

  assertSees(actor: Actor, unit: Pick<ReportUnitRow, 'path'>): void {
    if (!canSeeUnit(actor.grants, unit.path)) {
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'This unit is outside your jurisdiction.');
    }
  }
}
