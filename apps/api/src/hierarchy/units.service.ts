import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  canSeeUnit,
  foldForSearch,
  pathIds,
  type UnitDetailDto,
  type UnitDto,
  type UnitSearchQuery,
} from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { ActorService } from '../access/actor.service';
import { toUnitDto } from './unit.mapper';
import { UnitsRepository, type UnitRow } from './units.repository';

/** Reading the hierarchy, always within the caller's jurisdiction. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly repo: UnitsRepository,
    private readonly actors: ActorService,
  ) {}

  /** With a search term: matching units in the jurisdiction; without: the jurisdiction's top units. */
  async list(actor: Actor, query: UnitSearchQuery): Promise<UnitDto[]> {
    const scope = this.actors.scopePaths(actor);
    if (scope.length === 0) return [];
    const folded = query.search ? foldForSearch(query.search) : '';
    if (!folded) {
      const roots = await this.repo.findByIds(scope.map((p) => pathIds(p).at(-1)!));
      return roots.filter((u) => !query.kind || u.kind === query.kind).map(toUnitDto);
    }
    const rows = await this.repo.search(folded, scope, query.kind, query.limit);
    return rows.map(toUnitDto);
  }

  async get(actor: Actor, id: string): Promise<UnitDetailDto> {
    const unit = await this.visible(actor, id);
    const ancestorIds = pathIds(unit.path).slice(0, -1);
    const ancestors = await this.repo.findByIds(ancestorIds);
    const byId = new Map(ancestors.map((a) => [a.id, a]));
    return {
      ...toUnitDto(unit),
      ancestors: ancestorIds
        .map((ancestorId) => byId.get(ancestorId))
        .filter((a): a is UnitRow => a !== undefined)
        .map((a) => ({ ...toUnitDto(a), accessible: canSeeUnit(actor.grants, a.path) })),
    };
  }

  async children(actor: Actor, id: string): Promise<UnitDto[]> {
    await this.visible(actor, id);
    return (await this.repo.findChildren(id)).map(toUnitDto);
  }

  /** Loads a unit, answering 404 for an unknown id and 403 outside the jurisdiction. */
  async visible(actor: Actor, id: string): Promise<UnitRow> {
    const unit = await this.repo.findById(id);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
    this.actors.assertCanSee(actor, unit.path);
    return unit;
  }
}
