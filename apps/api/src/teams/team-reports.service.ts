import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  complianceReport,
  pathIds,
  rolloutProgress,
  teamFormedOn,
  vietnamDateOf,
  type ComplianceReportDto,
  type RolloutProgressDto,
  type SubtreeReportQuery,
} from '@cdt/domain';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository, type UnitRow } from '../hierarchy/units.repository';
import { MembershipsRepository } from './memberships.repository';
import { toTeam } from './team.mapper';
import { TeamsRepository } from './teams.repository';

/** Compliance and roll-out views over a unit's subtree, for whoever's grants cover the unit. */
@Injectable()
export class TeamReportsService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly units: UnitsRepository,
    private readonly actors: ActorService,
  ) {}

  async compliance(actor: Actor, query: SubtreeReportQuery): Promise<ComplianceReportDto> {
    const root = await this.visibleUnit(actor, query.unitId);
    const [units, teams] = await Promise.all([
      this.units.subtree(root.path),
      this.teams.inSubtree(root.path),
    ]);
    const live = teams.filter((t) => t.status !== 'dissolved');
    const members = await this.memberships.ofTeams(
      live.map((t) => t.id),
      { activeOnly: true },
    );
    return complianceReport({ rootUnitId: root.id, units, teams: live, members });
  }

  async rollout(actor: Actor, query: SubtreeReportQuery): Promise<RolloutProgressDto> {
    const root = await this.visibleUnit(actor, query.unitId);
    // The ancestors give a commune's roll-out area (its district, or the province) a name.
    const [subtree, ancestors, teams] = await Promise.all([
      this.units.subtree(root.path),
      this.units.findByIds(pathIds(root.path).slice(0, -1)),
      this.teams.inSubtree(root.path),
    ]);
    return rolloutProgress({
      scopeUnitId: root.id,
      units: [...ancestors, ...subtree],
      teams: teams.map((t) => ({ ...t, formedOn: teamFormedOn(toTeam(t, [])) })),
      asOf: query.asOf ?? vietnamDateOf(new Date()),
    });
  }

  private async visibleUnit(actor: Actor, unitId: string): Promise<UnitRow> {
    const unit = await this.units.findById(unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
    this.actors.assertCanSee(actor, unit.path);
    return unit;
  }
}
