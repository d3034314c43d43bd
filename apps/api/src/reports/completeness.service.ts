import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  completenessByUnit,
  completenessOf,
  emptyCompleteness,
  expectedReporters,
  isPeriodicDefinition,
  periodById,
  reportReminderSchedule,
  whoHasNotReported,
  type CompletenessDto,
  type CompletenessQuery,
} from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { TeamsRepository } from '../teams/teams.repository';
import { unitRef } from './report.mapper';
import { ReportAccess } from './report-access';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/** Completeness and timeliness (DHIS2 style) of a definition's period at a unit, and who has not reported. */
@Injectable()
export class CompletenessService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly teams: TeamsRepository,
    private readonly access: ReportAccess,
    private readonly service: ReportsService,
  ) {}

  async of(actor: Actor, query: CompletenessQuery): Promise<CompletenessDto> {
    const unit = await this.reports.unit(query.unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'There is no such unit.');
    this.access.assertSees(actor, unit);
    const definition = await this.service.definition(query.definitionId);
    const period = isPeriodicDefinition(definition) ? periodById(definition, query.periodId) : null;
    if (!period) {
      throw new DomainException(
        ErrorCode.ReportPeriodInvalid,
        `"${query.periodId}" is not a period of this report`,
        {
          periodId: query.periodId,
        },
      );
    }
    const units = await this.reports.unitsAround(unit);
    const subtree = units.filter((u) => u.path.startsWith(unit.path));
    const teams = definition.reporter.type === 'team' ? await this.teams.inSubtree(unit.path) : [];
    const expected = expectedReporters({ definition, period, rootUnitId: unit.id, units, teams });
    const filed = await this.reports.ofPeriodInSubtree(definition.id, period.id, unit.path);
    const submissions = filed.map((row) => ({
      reporterId: row.reporterId,
      state: row.state,
      firstSubmittedAt: row.firstSubmittedAt ? new Date(row.firstSubmittedAt).toISOString() : null,
      deadlineAt: new Date(row.deadlineAt).toISOString(),
    }));
    const byUnit = completenessByUnit(subtree, expected, submissions);
    const unitById = new Map(units.map((u) => [u.id, u]));
    return {
      unit: unitRef(unit),
      definition: { id: definition.id, name: definition.name, frequency: definition.frequency },
      period,
      figures: completenessOf(expected, submissions),
      children: subtree
        .filter((u) => u.parentId === unit.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
        .map((child) => ({ unit: unitRef(child), figures: byUnit.get(child.id) ?? emptyCompleteness() }))
        .filter((row) => row.figures.expected > 0),
      notReported: whoHasNotReported(expected, submissions).map((r) => ({
        kind: r.kind,
        reporterId: r.reporterId,
        name: r.name,
        unit: unitRef(unitById.get(r.unitId)!),
        status: r.status,
      })),
      nextReminderAt: reportReminderSchedule(definition, period, new Date().toISOString())[0]?.fireAt ?? null,
    };
  }
}
