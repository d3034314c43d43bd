import type { UnitKind } from '../hierarchy/unit-kind';
import type { ChannelUnit } from './derivation-input';

/** Parent walks over plain unit data; levels are never counted, only kinds are read. */
export class ChannelUnitIndex {
  private readonly byId: Map<string, ChannelUnit>;

  constructor(units: readonly ChannelUnit[]) {
    this.byId = new Map(units.map((unit) => [unit.id, unit]));
  }

  get(id: string): ChannelUnit | undefined {
    return this.byId.get(id);
  }

  /** The unit itself or its closest ancestor of the kind; undefined when there is none. */
  nearestOfKind(unitId: string, kind: UnitKind): ChannelUnit | undefined {
    return this.ancestorsOrSelf(unitId).find((unit) => unit.kind === kind);
  }

  /** The unit and its ancestors, nearest first; stops on a loop in bad data. */
  ancestorsOrSelf(unitId: string): ChannelUnit[] {
    const chain: ChannelUnit[] = [];
    const seen = new Set<string>();
    let unit = this.byId.get(unitId);
    while (unit && !seen.has(unit.id)) {
      chain.push(unit);
      seen.add(unit.id);
      unit = unit.parentId === null ? undefined : this.byId.get(unit.parentId);
    }
    return chain;
  }

  parentOf(unitId: string): ChannelUnit | undefined {
    const parentId = this.byId.get(unitId)?.parentId;
    return parentId ? this.byId.get(parentId) : undefined;
  }
}
