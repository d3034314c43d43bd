import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  covers,
  positionFitsUnit,
  vietnamDateOf,
  type CreatePositionRequest,
  type GrantRole,
  type PositionDto,
} from '@cdt/domain';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository, type UnitRow } from '../hierarchy/units.repository';
import { PersonsRepository } from '../teams/persons.repository';
import { PositionsRepository } from './positions.repository';

/** Steering committees record who holds the positions in their area; anyone covering a unit may read them. */
const RECORDING_ROLES: readonly GrantRole[] = ['admin', 'province_steering', 'district_steering'];

@Injectable()
export class PositionsService {
  constructor(
    private readonly repo: PositionsRepository,
    private readonly units: UnitsRepository,
    private readonly persons: PersonsRepository,
    private readonly actors: ActorService,
  ) {}

  async list(actor: Actor, unitId: string): Promise<PositionDto[]> {
    const unit = await this.unit(unitId);
    this.actors.assertCanSee(actor, unit.path);
    return this.repo.currentAt(unit.id);
  }

  async create(actor: Actor, unitId: string, input: CreatePositionRequest): Promise<PositionDto[]> {
    const unit = await this.recordable(actor, unitId);
    if (!positionFitsUnit(input.position, unit.kind)) {
      throw new DomainException(
        ErrorCode.ValidationFailed,
        `There is no ${input.position} at a ${unit.kind}.`,
        [{ path: 'position', message: `not a position of a ${unit.kind}` }],
      );
    }
    const [person] = await this.persons.findByIds([input.userId]);
    if (!person) throw new DomainException(ErrorCode.UserNotFound, 'Unknown person.');
    const inserted = await this.repo.insertMany([{ ...input, unitId: unit.id }], actor.userId);
    if (!inserted) {
      throw new DomainException(
        ErrorCode.Conflict,
        'Someone holds this position at this unit already; end their holding first.',
        { position: input.position },
      );
    }
    return this.repo.currentAt(unit.id);
  }

  async end(actor: Actor, unitId: string, positionId: string): Promise<PositionDto[]> {
    const unit = await this.recordable(actor, unitId);
    if (!(await this.repo.end(unit.id, positionId, vietnamDateOf(new Date())))) {
      throw new DomainException(ErrorCode.NotFound, 'No such current position at this unit.');
    }
    return this.repo.currentAt(unit.id);
  }

  private async unit(unitId: string): Promise<UnitRow> {
    const unit = await this.units.findById(unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
    return unit;
  }

  private async recordable(actor: Actor, unitId: string): Promise<UnitRow> {
    const unit = await this.unit(unitId);
    this.actors.assertCanSee(actor, unit.path);
    if (!actor.grants.some((g) => RECORDING_ROLES.includes(g.role) && covers(g.unitPath, unit.path))) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Only a steering committee covering this unit records positions.',
      );
    }
    return unit;
  }
}
