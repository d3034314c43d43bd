import { ErrorCode } from '../errors/error-codes';
import {
  availableReportActions,
  editReportContent,
  transitionReport,
  type ReportActor,
} from './report-transitions';
import { isOnTime } from './report';
import { activity, DEADLINE, teamReport } from './spec-fixtures';

const leader: ReportActor = { userId: 'u-leader', isReporter: true, isRecipient: false };
const chair: ReportActor = { userId: 'u-chair', isReporter: false, isRecipient: true };
const outsider: ReportActor = { userId: 'u-out', isReporter: false, isRecipient: false };
const T1 = '2026-11-18T02:00:00.000Z';
const T2 = '2026-11-19T02:00:00.000Z';
const T3 = '2026-11-22T02:00:00.000Z';

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? null : result.error!.code);

describe('transitionReport', () => {
  it('walks draft → submitted → returned → resubmitted → accepted, recording each step', () => {
    const submitted = transitionReport(teamReport(), { type: 'submit' }, leader, T1);
    if (!submitted.ok) throw new Error(submitted.error.message);
    expect(submitted.value).toMatchObject({
      state: 'submitted',
      firstSubmittedAt: T1,
      lastSubmittedAt: T1,
      updatedAt: T1,
    });

    const returned = transitionReport(
      submitted.value,
      { type: 'return', reason: '  Thiếu số liệu tập huấn ' },
      chair,
      T2,
    );
    if (!returned.ok) throw new Error(returned.error.message);
    expect(returned.value).toMatchObject({ state: 'returned', returnReason: 'Thiếu số liệu tập huấn' });

    const resubmitted = transitionReport(returned.value, { type: 'submit' }, leader, T3);
    if (!resubmitted.ok) throw new Error(resubmitted.error.message);
    expect(resubmitted.value).toMatchObject({
      state: 'resubmitted',
      firstSubmittedAt: T1,
      lastSubmittedAt: T3,
    });

    const accepted = transitionReport(resubmitted.value, { type: 'accept', note: ' ' }, chair, T3);
    if (!accepted.ok) throw new Error(accepted.error.message);
    expect(accepted.value).toMatchObject({
      state: 'accepted',
      acceptedAt: T3,
      returnReason: 'Thiếu số liệu tập huấn',
    });
    expect(accepted.value.history).toEqual([
      { action: 'submit', actorId: 'u-leader', at: T1, from: 'draft', to: 'submitted', note: null },
      {
        action: 'return',
        actorId: 'u-chair',
        at: T2,
        from: 'submitted',
        to: 'returned',
        note: 'Thiếu số liệu tập huấn',
      },
      { action: 'submit', actorId: 'u-leader', at: T3, from: 'returned', to: 'resubmitted', note: null },
      { action: 'accept', actorId: 'u-chair', at: T3, from: 'resubmitted', to: 'accepted', note: null },
    ]);
    // Judged on the first submission: on time although accepted after the deadline.
    expect(isOnTime(accepted.value)).toBe(true);
  });

  it('accepts straight from submitted, with the reviewer’s note', () => {
    const result = transitionReport(
      teamReport({ state: 'submitted' }),
      { type: 'accept', note: 'Tốt' },
      chair,
      T2,
    );
    expect(result.ok && result.value.history[0]!.note).toBe('Tốt');
  });

  it('locks an accepted report: every step is a 409 REPORT_LOCKED', () => {
    const accepted = teamReport({ state: 'accepted' });
    expect(codeOf(transitionReport(accepted, { type: 'submit' }, leader, T3))).toBe(ErrorCode.ReportLocked);
    expect(codeOf(transitionReport(accepted, { type: 'return', reason: 'x' }, chair, T3))).toBe(
      ErrorCode.ReportLocked,
    );
    expect(codeOf(transitionReport(accepted, { type: 'accept' }, chair, T3))).toBe(ErrorCode.ReportLocked);
    expect(codeOf(editReportContent(accepted, activity(), leader, T3))).toBe(ErrorCode.ReportLocked);
  });

  it.each([
    ['submit', 'submitted', leader],
    ['submit', 'resubmitted', leader],
    ['accept', 'draft', chair],
    ['accept', 'returned', chair],
    ['return', 'draft', chair],
    ['return', 'returned', chair],
  ] as const)('refuses "%s" on a %s report with REPORT_INVALID_TRANSITION', (type, state, actor) => {
    const report = teamReport({ state });
    const command = type === 'return' ? { type, reason: 'x' } : { type };
    const result = transitionReport(report, command, actor, T2);
    expect(result).toEqual({
      ok: false,
      error: {
        code: ErrorCode.ReportInvalidTransition,
        message: `A ${state} report cannot take "${type}"`,
        details: { state, action: type },
      },
    });
  });

  it('lets only the reporter submit and only the recipient review (403 first, whatever the state)', () => {
    expect(codeOf(transitionReport(teamReport(), { type: 'submit' }, chair, T1))).toBe(
      ErrorCode.ReportActorNotAllowed,
    );
    const submitted = teamReport({ state: 'submitted' });
    expect(codeOf(transitionReport(submitted, { type: 'accept' }, leader, T1))).toBe(
      ErrorCode.ReportActorNotAllowed,
    );
    expect(codeOf(transitionReport(submitted, { type: 'return', reason: 'x' }, outsider, T1))).toBe(
      ErrorCode.ReportActorNotAllowed,
    );
    expect(
      codeOf(transitionReport(teamReport({ state: 'accepted' }), { type: 'accept' }, outsider, T1)),
    ).toBe(ErrorCode.ReportActorNotAllowed);
  });

  it('needs a reason to return a report, and changes nothing without one', () => {
    const submitted = teamReport({ state: 'submitted' });
    expect(codeOf(transitionReport(submitted, { type: 'return', reason: '   ' }, chair, T2))).toBe(
      ErrorCode.ValidationFailed,
    );
    expect(submitted.state).toBe('submitted');
    expect(submitted.history).toEqual([]);
  });
});

describe('editReportContent', () => {
  const content = activity({ notes: 'Đã sửa' });

  it('lets the reporter change a draft or a returned report', () => {
    for (const state of ['draft', 'returned'] as const) {
      const result = editReportContent(teamReport({ state }), content, leader, T2);
      expect(result.ok && [result.value.content.notes, result.value.updatedAt, result.value.state]).toEqual([
        'Đã sửa',
        T2,
        state,
      ]);
    }
  });

  it('refuses while the recipient holds the report, and to anyone but the reporter', () => {
    expect(codeOf(editReportContent(teamReport({ state: 'submitted' }), content, leader, T2))).toBe(
      ErrorCode.ReportInvalidTransition,
    );
    expect(codeOf(editReportContent(teamReport(), content, chair, T2))).toBe(ErrorCode.ReportActorNotAllowed);
  });
});

describe('availableReportActions', () => {
  it('offers the buttons each side may press now', () => {
    expect(availableReportActions({ state: 'draft' }, leader)).toEqual(['edit', 'submit']);
    expect(availableReportActions({ state: 'submitted' }, leader)).toEqual([]);
    expect(availableReportActions({ state: 'submitted' }, chair)).toEqual(['accept', 'return']);
    expect(availableReportActions({ state: 'returned' }, leader)).toEqual(['edit', 'submit']);
    expect(availableReportActions({ state: 'accepted' }, chair)).toEqual([]);
    expect(availableReportActions({ state: 'accepted' }, leader)).toEqual([]);
  });
});

describe('isOnTime', () => {
  it('compares the first submission with the deadline, as instants', () => {
    expect(isOnTime({ firstSubmittedAt: null, deadlineAt: DEADLINE })).toBeNull();
    expect(isOnTime({ firstSubmittedAt: DEADLINE, deadlineAt: DEADLINE })).toBe(true);
    expect(isOnTime({ firstSubmittedAt: '2026-11-21T00:00:00+07:00', deadlineAt: DEADLINE })).toBe(false);
    expect(isOnTime({ firstSubmittedAt: '2026-11-20T23:59:59+07:00', deadlineAt: DEADLINE })).toBe(true);
  });
});
