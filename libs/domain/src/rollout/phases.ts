import { vietnamDateOf, type CalendarDate } from '../teams/calendar';

export const ROLLOUT_PHASE_IDS = ['pilot', 'expansion', 'scale_up'] as const;
export type RolloutPhaseId = (typeof ROLLOUT_PHASE_IDS)[number];

/** Where a date falls relative to the plan: in a phase, before May 2022, or after 2022. */
export type RolloutPeriod = RolloutPhaseId | 'before_plan' | 'after_plan';

export interface CountRange {
  min: number;
  max: number;
}

/**
 * A phase's target for one roll-out area: the unit directly above the communes (a district in the 2022
 * shape, the province itself where there are no districts).
 */
export interface RolloutTarget {
  /** Communes of the area that start forming teams in this phase. */
  communesPerArea: CountRange;
  /** Commune teams each of those communes forms. */
  communeTeamsPerCommune: CountRange;
  /** Village teams each of those communes forms. */
  villageTeamsPerCommune: CountRange;
}

export interface RolloutPhase {
  id: RolloutPhaseId;
  planSection: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  /** Null for the scale-up phase, whose outcome is a province-wide proposal rather than a count of teams. */
  target: RolloutTarget | null;
}

/** The plan's roll-out (§III.2), in order. */
export const ROLLOUT_PHASES: readonly RolloutPhase[] = [
  {
    // Each district picks 2 communes; each forms 1 commune team and picks 2 villages, each forming 1 village team.
    id: 'pilot',
    planSection: '§III.2.1',
    startsOn: '2022-05-01',
    endsOn: '2022-07-31',
    target: {
      communesPerArea: { min: 2, max: 2 },
      communeTeamsPerCommune: { min: 1, max: 1 },
      villageTeamsPerCommune: { min: 2, max: 2 },
    },
  },
  {
    // Each district extends to 3–5 more communes; each of them adds 5–10 village teams (and its commune team).
    id: 'expansion',
    planSection: '§III.2.2',
    startsOn: '2022-08-01',
    endsOn: '2022-10-31',
    target: {
      communesPerArea: { min: 3, max: 5 },
      communeTeamsPerCommune: { min: 1, max: 1 },
      villageTeamsPerCommune: { min: 5, max: 10 },
    },
  },
  {
    // Districts evaluate and, with the Department of Information and Communications, propose province-wide roll-out.
    id: 'scale_up',
    planSection: '§III.2.3',
    startsOn: '2022-11-01',
    endsOn: '2022-12-31',
    target: null,
  },
];

export function rolloutPhase(id: RolloutPhaseId): RolloutPhase {
  return ROLLOUT_PHASES.find((phase) => phase.id === id)!;
}

/** The period a date (a "YYYY-MM-DD" or an instant, taken in Vietnam time) falls in. */
export function phaseOf(date: CalendarDate | Date): RolloutPeriod {
  const day = vietnamDateOf(date);
  const phase = ROLLOUT_PHASES.find((p) => p.startsOn <= day && day <= p.endsOn);
  if (phase) return phase.id;
  return day < ROLLOUT_PHASES[0]!.startsOn ? 'before_plan' : 'after_plan';
}

/** An area's totals for a phase: communes, commune teams and village teams (per-commune targets times communes). */
export function areaTargets(target: RolloutTarget): {
  communes: CountRange;
  communeTeams: CountRange;
  villageTeams: CountRange;
} {
  const { communesPerArea: c, communeTeamsPerCommune: ct, villageTeamsPerCommune: vt } = target;
  return {
    communes: { ...c },
    communeTeams: { min: c.min * ct.min, max: c.max * ct.max },
    villageTeams: { min: c.min * vt.min, max: c.max * vt.max },
  };
}

export const ROLLOUT_PERIOD_LABELS_VI: Record<RolloutPeriod, string> = {
  before_plan: 'Trước kế hoạch',
  pilot: 'Thí điểm (tháng 5–7/2022)',
  expansion: 'Nhân rộng (tháng 8–10/2022)',
  scale_up: 'Đề xuất nhân rộng toàn tỉnh (tháng 11–12/2022)',
  after_plan: 'Sau năm 2022',
};
