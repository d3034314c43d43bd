import { covers } from '../access/jurisdiction';
import type { DerivationInput } from './derivation-input';
import { ChannelUnitIndex } from './unit-index';

/** Where a person stands, for one-to-one reachability: a unit's path and the path of the commune at or above it. */
export interface MessagingScope {
  unitPath: string;
  /** Null for province and district units (they sit above every commune). */
  communePath: string | null;
}

/**
 * One-to-one messages are allowed between people of the same commune (both at or below it) or of units in a
 * superior/inferior relation (one path covers the other). Pure over paths: no level is counted.
 */
export function canMessageDirectly(a: readonly MessagingScope[], b: readonly MessagingScope[]): boolean {
  return a.some((x) =>
    b.some(
      (y) =>
        (x.communePath !== null && x.communePath === y.communePath) ||
        covers(x.unitPath, y.unitPath) ||
        covers(y.unitPath, x.unitPath),
    ),
  );
}

/**
 * A person's scopes: the units of their teams (proposed or active: a team being formed already talks to its
 * commune), of the offices they hold and of every grant they have. Unknown units are skipped.
 */
export function messagingScopes(userId: string, input: DerivationInput): MessagingScope[] {
  const units = new ChannelUnitIndex(input.units);
  const liveTeams = new Map(input.teams.filter((t) => t.status !== 'dissolved').map((t) => [t.id, t.unitId]));
  const unitIds = new Set<string>();
  for (const m of input.memberships) {
    const teamUnit = liveTeams.get(m.teamId);
    if (m.userId === userId && teamUnit && (m.status === undefined || m.status === 'active'))
      unitIds.add(teamUnit);
  }
  for (const p of input.positions) if (p.userId === userId) unitIds.add(p.unitId);
  for (const g of input.grants) if (g.userId === userId) unitIds.add(g.unitId);
  const scopes: MessagingScope[] = [];
  for (const unitId of [...unitIds].sort()) {
    const unit = units.get(unitId);
    if (!unit) continue;
    scopes.push({ unitPath: unit.path, communePath: units.nearestOfKind(unitId, 'commune')?.path ?? null });
  }
  return scopes;
}
