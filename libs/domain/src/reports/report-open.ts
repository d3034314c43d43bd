import { ErrorCode } from '../errors/error-codes';
import { vietnamDateOf } from '../teams/calendar';
import { fail, ok, type DomainResult } from '../teams/result';
import { isPeriodicDefinition, type ReportDefinition } from './definitions';
import { periodById, type ReportPeriod } from './period';
import type { Report } from './report';
import type { ExpectedReporter } from './reporters';

/**
 * The period a new periodic report is for: a real period of the definition (422 REPORT_PERIOD_INVALID) that has
 * begun in Vietnam by `now` (422 REPORT_PERIOD_NOT_OPEN). Early filing within the period is allowed.
 */
export function checkReportPeriod(
  definition: ReportDefinition,
  periodId: string,
  now: string,
): DomainResult<ReportPeriod> {
  if (!isPeriodicDefinition(definition)) {
    return fail(ErrorCode.ReportPeriodInvalid, 'An ad-hoc report is opened from its request', { periodId });
  }
  const period = periodById(definition, periodId);
  if (!period) {
    return fail(ErrorCode.ReportPeriodInvalid, `"${periodId}" is not a ${definition.frequency} period`, {
      periodId,
    });
  }
  if (period.start > vietnamDateOf(now)) {
    return fail(ErrorCode.ReportPeriodNotOpen, `The period ${periodId} has not begun`, {
      periodId,
      start: period.start,
    });
  }
  return ok(period);
}

/**
 * A new draft for a reporter the definition expects (found among expectedReporters; undefined means it is not
 * expected: 422 REPORT_NOT_EXPECTED). One report per definition, period and reporter is the store's to enforce.
 */
export function openReport<C>(input: {
  id: string;
  definition: ReportDefinition;
  period: ReportPeriod;
  reporter: ExpectedReporter | undefined;
  content: C;
  at: string;
}): DomainResult<Report<C>> {
  const { reporter, definition } = input;
  if (!reporter) {
    return fail(ErrorCode.ReportNotExpected, 'This reporter does not file this report', {
      definitionId: definition.id,
    });
  }
  if (reporter.recipientUnitId === null) {
    return fail(ErrorCode.ReportNotExpected, 'No unit above this reporter receives this report', {
      definitionId: definition.id,
      recipient: definition.recipient,
    });
  }
  return ok({
    id: input.id,
    definitionId: definition.id,
    periodId: input.period.id,
    reporter: { kind: reporter.kind, id: reporter.reporterId, unitId: reporter.unitId },
    recipientUnitId: reporter.recipientUnitId,
    state: 'draft',
    content: input.content,
    deadlineAt: input.period.deadlineAt,
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    acceptedAt: null,
    returnReason: null,
    updatedAt: input.at,
    history: [],
  });
}
