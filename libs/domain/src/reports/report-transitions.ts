import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { type Report, type ReportAction, type ReportState } from './report';

/** The caller's standing on a report: whoever files it for the reporter, or an official of the recipient unit. */
export interface ReportActor {
  userId: string;
  isReporter: boolean;
  isRecipient: boolean;
}

export type ReportCommand =
  { type: 'submit' } | { type: 'accept'; note?: string | null } | { type: 'return'; reason: string };

const FROM: Record<ReportAction, readonly ReportState[]> = {
  submit: ['draft', 'returned'],
  accept: ['submitted', 'resubmitted'],
  return: ['submitted', 'resubmitted'],
};

const EDITABLE: readonly ReportState[] = ['draft', 'returned'];

const mayTake = (actor: ReportActor, action: ReportAction | 'edit') =>
  action === 'submit' || action === 'edit' ? actor.isReporter : actor.isRecipient;

/**
 * The report after a step, or a coded refusal (input untouched): the actor first (403
 * REPORT_ACTOR_NOT_ALLOWED), then the lock (409 REPORT_LOCKED once accepted), then the state (409
 * REPORT_INVALID_TRANSITION), then the command's fields (VALIDATION_FAILED).
 */
export function transitionReport<C>(
  report: Report<C>,
  command: ReportCommand,
  actor: ReportActor,
  at: string,
): DomainResult<Report<C>> {
  const refused = checkStep(report, command.type, actor);
  if (refused) return refused;
  const from = report.state;
  const step = (to: ReportState, note: string | null, changes: Partial<Report<C>>) =>
    ok<Report<C>>({
      ...report,
      ...changes,
      state: to,
      updatedAt: at,
      history: [...report.history, { action: command.type, actorId: actor.userId, at, from, to, note }],
    });
  switch (command.type) {
    case 'submit':
      return step(from === 'draft' ? 'submitted' : 'resubmitted', null, {
        firstSubmittedAt: report.firstSubmittedAt ?? at,
        lastSubmittedAt: at,
      });
    case 'accept':
      return step('accepted', command.note?.normalize('NFC').trim() || null, { acceptedAt: at });
    case 'return': {
      const reason = command.reason.normalize('NFC').trim();
      if (!reason) return fail(ErrorCode.ValidationFailed, 'Returning a report needs a reason');
      return step('returned', reason, { returnReason: reason });
    }
  }
}

/** New content for a draft or a returned report, by the reporter; refused like transitionReport. */
export function editReportContent<C>(
  report: Report<C>,
  content: C,
  actor: ReportActor,
  at: string,
): DomainResult<Report<C>> {
  const refused = checkStep(report, 'edit', actor);
  if (refused) return refused;
  return ok({ ...report, content, updatedAt: at });
}

/** The steps the actor may take now (for buttons); "edit" stands for saving new content. */
export function availableReportActions(
  report: Pick<Report, 'state'>,
  actor: Omit<ReportActor, 'userId'>,
): (ReportAction | 'edit')[] {
  const candidates: (ReportAction | 'edit')[] = ['edit', 'submit', 'accept', 'return'];
  return candidates.filter((action) => checkStep(report, action, { ...actor, userId: '' }) === null);
}

function checkStep(
  report: Pick<Report, 'state'>,
  action: ReportAction | 'edit',
  actor: ReportActor,
): DomainResult<never> | null {
  const details = { state: report.state, action };
  if (!mayTake(actor, action)) {
    const who = action === 'submit' || action === 'edit' ? 'the reporter' : 'the receiving unit';
    return fail(ErrorCode.ReportActorNotAllowed, `Only ${who} can ${action} this report`, details);
  }
  if (report.state === 'accepted') {
    return fail(ErrorCode.ReportLocked, 'The report was accepted by the level above and is locked', details);
  }
  const allowed = action === 'edit' ? EDITABLE : FROM[action];
  if (!allowed.includes(report.state)) {
    return fail(
      ErrorCode.ReportInvalidTransition,
      `A ${report.state} report cannot take "${action}"`,
      details,
    );
  }
  return null;
}
