import type { ReporterKind } from './reporters';

/**
 * draft → submitted → accepted | returned (with a reason) → resubmitted → accepted | returned …
 * Accepted is final: the level above has taken the report, and it is locked.
 */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'resubmitted', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** States in which the report is in the recipient's hands or accepted: what completeness and compilations count. */
export const COUNTED_REPORT_STATES = [
  'submitted',
  'resubmitted',
  'accepted',
] as const satisfies readonly ReportState[];

export function isCountedReport(state: ReportState): boolean {
  return (COUNTED_REPORT_STATES as readonly ReportState[]).includes(state);
}

export const REPORT_ACTIONS = ['submit', 'accept', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export interface ReportHistoryEntry {
  action: ReportAction;
  actorId: string;
  at: string;
  from: ReportState;
  to: ReportState;
  /** The return reason, or the reviewer's note on acceptance. */
  note: string | null;
}

/** A report as the rules see it; the API persists exactly these fields. `C` is the content for its kind. */
export interface Report<C = unknown> {
  id: string;
  definitionId: string;
  periodId: string;
  reporter: { kind: ReporterKind; id: string; unitId: string };
  recipientUnitId: string;
  state: ReportState;
  content: C;
  /** Copied from the period when the report opens, so a later change to the definition moves no past deadline. */
  deadlineAt: string;
  /** The first submission: timeliness is judged on it (a return asks for corrections, not a new report). */
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  acceptedAt: string | null;
  /** The latest return's reason, kept until acceptance so the reviewer sees what was asked. */
  returnReason: string | null;
  updatedAt: string;
  history: ReportHistoryEntry[];
}

/** Submitted by its deadline; null while never submitted. */
export function isOnTime(report: Pick<Report, 'firstSubmittedAt' | 'deadlineAt'>): boolean | null {
  if (report.firstSubmittedAt === null) return null;
  return Date.parse(report.firstSubmittedAt) <= Date.parse(report.deadlineAt);
}
