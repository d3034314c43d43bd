import { foldUp, groupBy, type TreeUnit } from '../rollups/tree-fold';
import { isCountedReport, isOnTime, type Report, type ReportState } from './report';
import type { ExpectedReporter } from './reporters';

/** What completeness needs of a filed report. */
export type Submission = Pick<Report, 'state' | 'firstSubmittedAt' | 'deadlineAt'> & { reporterId: string };

/**
 * Completeness and timeliness the way DHIS2 reports them: of the expected reporters, how many reported (a
 * report in the recipient's hands or accepted) and how many of those first submitted by the deadline.
 * Reports from parties not expected are left out, so rates never pass 100 %.
 */
export interface CompletenessFigures {
  expected: number;
  submitted: number;
  onTime: number;
  /** Expected reporters whose report was returned and not yet resubmitted (not counted as submitted). */
  returned: number;
  accepted: number;
  /** submitted / expected, 0–1; null when nobody is expected. */
  completenessRate: number | null;
  /** onTime / expected, 0–1; null when nobody is expected. */
  timelinessRate: number | null;
}

export type NotReportedStatus = 'missing' | 'draft' | 'returned';

export function emptyCompleteness(): CompletenessFigures {
  return withRates({ expected: 0, submitted: 0, onTime: 0, returned: 0, accepted: 0 });
}

export function completenessOf(
  expected: readonly Pick<ExpectedReporter, 'reporterId'>[],
  submissions: readonly Submission[],
): CompletenessFigures {
  const byReporter = new Map(submissions.map((s) => [s.reporterId, s]));
  const figures = { expected: expected.length, submitted: 0, onTime: 0, returned: 0, accepted: 0 };
  for (const reporter of expected) {
    const report = byReporter.get(reporter.reporterId);
    if (!report) continue;
    if (report.state === 'returned') figures.returned += 1;
    if (!isCountedReport(report.state)) continue;
    figures.submitted += 1;
    if (report.state === 'accepted') figures.accepted += 1;
    if (isOnTime(report)) figures.onTime += 1;
  }
  return withRates(figures);
}

export function addCompleteness(a: CompletenessFigures, b: CompletenessFigures): CompletenessFigures {
  return withRates({
    expected: a.expected + b.expected,
    submitted: a.submitted + b.submitted,
    onTime: a.onTime + b.onTime,
    returned: a.returned + b.returned,
    accepted: a.accepted + b.accepted,
  });
}

/** Every unit's completeness over its subtree (reporters counted at the unit they sit in). */
export function completenessByUnit(
  units: readonly TreeUnit[],
  expected: readonly Pick<ExpectedReporter, 'reporterId' | 'unitId'>[],
  submissions: readonly Submission[],
): Map<string, CompletenessFigures> {
  const atUnit = groupBy(expected, (reporter) => reporter.unitId);
  return foldUp(units, (unitId) => completenessOf(atUnit.get(unitId) ?? [], submissions), addCompleteness);
}

/**
 * The expected reporters without a counted report, in their given order, each with where it stands: nothing
 * filed, a draft not sent, or a returned report not yet resubmitted.
 */
export function whoHasNotReported<R extends Pick<ExpectedReporter, 'reporterId'>>(
  expected: readonly R[],
  submissions: readonly Pick<Submission, 'reporterId' | 'state'>[],
): (R & { status: NotReportedStatus })[] {
  const stateOf = new Map<string, ReportState>(submissions.map((s) => [s.reporterId, s.state]));
  return expected.flatMap((reporter) => {
    const state = stateOf.get(reporter.reporterId);
    if (state !== undefined && isCountedReport(state)) return [];
    const status: NotReportedStatus =
      state === undefined ? 'missing' : state === 'returned' ? 'returned' : 'draft';
    return [{ ...reporter, status }];
  });
}

function withRates(
  counts: Omit<CompletenessFigures, 'completenessRate' | 'timelinessRate'>,
): CompletenessFigures {
  const rate = (n: number) => (counts.expected === 0 ? null : n / counts.expected);
  return { ...counts, completenessRate: rate(counts.submitted), timelinessRate: rate(counts.onTime) };
}
