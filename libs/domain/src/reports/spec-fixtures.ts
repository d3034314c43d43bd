// Builders shared by the report specs (not exported from the package).
import type { PlainUnit } from '../teams/subtree';
import { emptyActivityContent, type TeamActivityContent } from './activity-content';
import type { Report } from './report';
import type { ReporterTeam } from './reporters';

const unit = (
  id: string,
  kind: PlainUnit['kind'],
  parentId: string | null,
  name = id.toUpperCase(),
): PlainUnit => ({
  id,
  kind,
  parentId,
  name,
});

/** 2022 shape: province → districts → communes → villages. */
export const FOUR_LEVELS: PlainUnit[] = [
  unit('p', 'province', null, 'Quảng Trị'),
  unit('d1', 'district', 'p', 'Vĩnh Linh'),
  unit('c1', 'commune', 'd1', 'Vĩnh Thái'),
  unit('v1', 'village', 'c1', 'Thôn Tân Mỹ'),
  unit('v2', 'village', 'c1', 'Thôn Thái Lai'),
  unit('c2', 'commune', 'd1', 'Vĩnh Hòa'),
  unit('d2', 'district', 'p', 'Gio Linh'),
  unit('c3', 'commune', 'd2', 'Gio Mỹ'),
];

/** 2025 shape: communes straight under the province. */
export const TWO_TIERS: PlainUnit[] = [
  unit('p', 'province', null, 'Quảng Trị'),
  unit('c1', 'commune', 'p', 'Vĩnh Thái'),
  unit('v1', 'village', 'c1', 'Thôn Tân Mỹ'),
  unit('c3', 'commune', 'p', 'Gio Mỹ'),
];

export function reporterTeam(
  id: string,
  unitId: string,
  overrides: Partial<ReporterTeam> = {},
): ReporterTeam {
  return {
    id,
    kind: unitId.startsWith('v') ? 'village' : 'commune',
    unitId,
    name: `Tổ ${id}`,
    status: 'active',
    activatedOn: '2022-06-01',
    dissolvedOn: null,
    ...overrides,
  };
}

export function activity(overrides: Partial<TeamActivityContent> = {}): TeamActivityContent {
  return { ...emptyActivityContent(), ...overrides };
}

/** The November 2026 team report (due the 20th). */
export const DEADLINE = '2026-11-20T16:59:59.999Z';

export function teamReport(
  overrides: Partial<Report<TeamActivityContent>> = {},
): Report<TeamActivityContent> {
  return {
    id: 'r1',
    definitionId: 'team-monthly-activity',
    periodId: '2026-11',
    reporter: { kind: 'team', id: 't-v1', unitId: 'v1' },
    recipientUnitId: 'c1',
    state: 'draft',
    content: activity(),
    deadlineAt: DEADLINE,
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    acceptedAt: null,
    returnReason: null,
    updatedAt: '2026-11-15T02:00:00.000Z',
    history: [],
    ...overrides,
  };
}
