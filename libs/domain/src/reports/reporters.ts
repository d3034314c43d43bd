import type { UnitKind } from '../hierarchy/unit-kind';
import type { CalendarDate } from '../teams/calendar';
import { walkSubtree, type PlainUnit } from '../teams/subtree';
import type { Team } from '../teams/team';
import type { RecipientRule, ReportDefinition } from './definitions';
import type { ReportPeriod } from './period';

export type ReporterKind = 'team' | 'unit';

/** One party expected to file a definition's report for a period. */
export interface ExpectedReporter {
  kind: ReporterKind;
  /** The team's id, or the unit's id for unit reporters. */
  reporterId: string;
  name: string;
  /** Where the reporter sits: the team's unit, or the unit itself. */
  unitId: string;
  /** Null when the hierarchy has no unit of the recipient rule above the reporter (bad data). */
  recipientUnitId: string | null;
}

export type ReporterTeam = Pick<
  Team,
  'id' | 'kind' | 'unitId' | 'name' | 'status' | 'activatedOn' | 'dissolvedOn'
>;

/** The units directly above communes: districts, or the province where communes hang under it. */
export function areaUnits<U extends PlainUnit>(units: readonly U[]): U[] {
  const kindOf = new Map(units.map((unit) => [unit.id, unit.kind]));
  const parentsOfCommunes = new Set(
    units.filter((unit) => unit.kind === 'commune' && unit.parentId !== null).map((unit) => unit.parentId),
  );
  return units.filter((unit) => parentsOfCommunes.has(unit.id) && kindOf.get(unit.id) !== 'commune');
}

/** The unit that receives a report filed from `fromUnitId`, found by walking parent links. */
export function recipientUnitOf(
  rule: RecipientRule,
  fromUnitId: string,
  units: readonly PlainUnit[],
): string | null {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const chain: PlainUnit[] = [];
  const seen = new Set<string>();
  for (let unit = byId.get(fromUnitId); unit && !seen.has(unit.id); unit = byId.get(unit.parentId ?? '')) {
    seen.add(unit.id);
    chain.push(unit);
  }
  const nearest = (kind: UnitKind, from: number) =>
    chain.slice(from).find((u) => u.kind === kind)?.id ?? null;
  switch (rule) {
    case 'commune_above':
      return nearest('commune', 0);
    case 'district_above_or_province':
      return nearest('district', 1) ?? nearest('province', 1) ?? nearest('province', 0);
    case 'province':
      return nearest('province', 0);
  }
}

/**
 * Who is expected to file a definition's report for a period within a unit's subtree. A team is expected when it
 * was launched on or before the period's last day and not dissolved by then.
 */
export function expectedReporters(input: {
  definition: ReportDefinition;
  period: Pick<ReportPeriod, 'end'>;
  rootUnitId: string;
  units: readonly PlainUnit[];
  teams: readonly ReporterTeam[];
}): ExpectedReporter[] {
  const { definition, period, units } = input;
  const subtree = walkSubtree(input.rootUnitId, units);
  const recipient = (unitId: string) => recipientUnitOf(definition.recipient, unitId, units);
  const rule = definition.reporter;
  if (rule.type === 'team') {
    const order = new Map(subtree.map((unit, i) => [unit.id, i]));
    return input.teams
      .filter((team) => order.has(team.unitId) && rule.teamKinds.includes(team.kind))
      .filter((team) => wasActiveAt(team, period.end))
      .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!)
      .map((team) => ({
        kind: 'team',
        reporterId: team.id,
        name: team.name,
        unitId: team.unitId,
        recipientUnitId: recipient(team.unitId),
      }));
  }
  const reporting = rule.type === 'area' ? new Set(areaUnits(units).map((u) => u.id)) : null;
  return subtree
    .filter((unit) =>
      reporting ? reporting.has(unit.id) : rule.type === 'unit' && rule.unitKinds.includes(unit.kind),
    )
    .map((unit) => ({
      kind: 'unit',
      reporterId: unit.id,
      name: unit.name,
      unitId: unit.id,
      recipientUnitId: recipient(unit.id),
    }));
}

function wasActiveAt(team: ReporterTeam, day: CalendarDate): boolean {
  if (team.status === 'proposed' || team.activatedOn === null || team.activatedOn > day) return false;
  return team.dissolvedOn === null || team.dissolvedOn > day;
}
