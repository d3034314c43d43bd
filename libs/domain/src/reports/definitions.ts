import type { UnitKind } from '../hierarchy/unit-kind';
import { MONTHLY_REMINDER_DAYS_BEFORE, MONTHLY_REPORT_LAST_DAY } from '../tasks/monthly-report';
import type { TeamKind } from '../teams/team-kind';
import type { LocalizedText } from './localized';
import type { PeriodSchedule } from './period';

/** What a report holds: a team's activity, or an area's compilation of its teams' reports and task figures. */
export const REPORT_CONTENT_KINDS = ['team_activity', 'area_compilation'] as const;
export type ReportContentKind = (typeof REPORT_CONTENT_KINDS)[number];

/**
 * Who reports: teams of some kinds, units of some kinds, or each "area": the unit directly above communes
 * (a district in the 2022 shape, the province where communes hang under it).
 */
export type ReporterRule =
  { type: 'team'; teamKinds: TeamKind[] } | { type: 'unit'; unitKinds: UnitKind[] } | { type: 'area' };

/**
 * Who receives, stated relative to the reporter's unit, never by counting levels: the commune at or above it;
 * the nearest district above it, or the province where there is none; the province.
 */
export const RECIPIENT_RULES = ['commune_above', 'district_above_or_province', 'province'] as const;
export type RecipientRule = (typeof RECIPIENT_RULES)[number];

interface ReportDefinitionBase {
  /** Stable slug, e.g. "team-monthly-activity". */
  id: string;
  name: LocalizedText;
  contentKind: ReportContentKind;
  reporter: ReporterRule;
  recipient: RecipientRule;
  /** Reminders to those who have not reported, this many days before the deadline. */
  reminderDaysBefore: number[];
}

export interface PeriodicReportDefinition extends ReportDefinitionBase, PeriodSchedule {}

/** An on-demand ("đột xuất") report: each request sets its own data range and deadline (adHocPeriod). */
export interface AdHocReportDefinition extends ReportDefinitionBase {
  frequency: 'ad_hoc';
}

export type ReportDefinition = PeriodicReportDefinition | AdHocReportDefinition;

export function isPeriodicDefinition(definition: ReportDefinition): definition is PeriodicReportDefinition {
  return definition.frequency !== 'ad_hoc';
}

/** Decree 09/2019/NĐ-CP: monthly data runs from the 15th of the month before to the 14th. */
export const DEFAULT_CUTOFF_DAY = 14;
/** Teams send by the 20th, leaving the commune and the district the rest of the month before the 30th. */
export const TEAM_REPORT_LAST_DAY = 20;

/** §3.2: every team reports its month's activity to its commune People's Committee. */
export const TEAM_MONTHLY_ACTIVITY: PeriodicReportDefinition = {
  id: 'team-monthly-activity',
  name: {
    vi: 'Báo cáo kết quả hoạt động hằng tháng của Tổ công nghệ số cộng đồng',
    en: 'Monthly activity report of a community digital technology team',
  },
  contentKind: 'team_activity',
  frequency: 'monthly',
  cutoffDay: DEFAULT_CUTOFF_DAY,
  deadline: { monthsAfterPeriodEnd: 0, day: TEAM_REPORT_LAST_DAY },
  reporter: { type: 'team', teamKinds: ['commune', 'village'] },
  recipient: 'commune_above',
  reminderDaysBefore: [...MONTHLY_REMINDER_DAYS_BEFORE],
};

/**
 * §V.5: the district's Culture and Information Office compiles all its teams' results and sends them to the
 * Department before the 30th (monthlyReportDeadline); without districts, the province compiles its communes.
 */
export const AREA_MONTHLY_COMPILATION: PeriodicReportDefinition = {
  id: 'area-monthly-compilation',
  name: {
    vi: 'Báo cáo tổng hợp kết quả hoạt động của các Tổ công nghệ số cộng đồng',
    en: 'Monthly compilation of the community digital technology teams’ results',
  },
  contentKind: 'area_compilation',
  frequency: 'monthly',
  cutoffDay: DEFAULT_CUTOFF_DAY,
  deadline: { monthsAfterPeriodEnd: 0, day: MONTHLY_REPORT_LAST_DAY },
  reporter: { type: 'area' },
  recipient: 'province',
  reminderDaysBefore: [...MONTHLY_REMINDER_DAYS_BEFORE],
};

/** §3.2: teams also report on demand; the request sets the period and deadline. */
export const TEAM_AD_HOC_ACTIVITY: AdHocReportDefinition = {
  id: 'team-ad-hoc-activity',
  name: {
    vi: 'Báo cáo đột xuất của Tổ công nghệ số cộng đồng',
    en: 'Ad-hoc report of a community digital technology team',
  },
  contentKind: 'team_activity',
  frequency: 'ad_hoc',
  reporter: { type: 'team', teamKinds: ['commune', 'village'] },
  recipient: 'commune_above',
  reminderDaysBefore: [1],
};

export const DEFAULT_REPORT_DEFINITIONS: readonly ReportDefinition[] = [
  TEAM_MONTHLY_ACTIVITY,
  AREA_MONTHLY_COMPILATION,
  TEAM_AD_HOC_ACTIVITY,
];
