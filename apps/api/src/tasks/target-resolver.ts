import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  covers,
  resolveTargetTeams,
  type TargetResolution,
  type TargetTeam,
  type TaskTarget,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository } from '../hierarchy/units.repository';
import { TasksRepository } from './tasks.repository';

/** Loads what the domain's resolveTargetTeams walks: the issuing unit's subtree and the candidate teams. */
@Injectable()
export class TargetResolver {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly units: UnitsRepository,
  ) {}

  /** Refuses a subtree target outside the issuing unit (403) or unknown (404) before any team is loaded. */
  async checkTarget(target: TaskTarget, issuerUnitPath: string): Promise<void> {
    if (target.type !== 'subtree') return;
    const unit = await this.units.findById(target.unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'The target unit does not exist.');
    if (!covers(issuerUnitPath, unit.path)) {
      throw new DomainException(
        ErrorCode.OutOfJurisdiction,
        'The target unit lies outside the issuing unit.',
        {
          unitId: target.unitId,
        },
      );
    }
  }

  async resolve(
    target: TaskTarget,
    issuer: { id: string; path: string },
    manager?: EntityManager,
  ): Promise<TargetResolution<TargetTeam>> {
    await this.checkTarget(target, issuer.path);
    const [units, teams] = await Promise.all([
      this.tasks.unitsOfSubtree(issuer.path, manager),
      target.type === 'subtree'
        ? this.tasks.activeTeamsOfSubtree(issuer.path, manager)
        : this.tasks.teamsByIds(target.teamIds, manager),
    ]);
    return unwrap(resolveTargetTeams(target, teams, units, issuer.id));
  }
}
