import {
  acknowledgeRequestSchema,
  assignmentActionCommandSchema,
  assignmentActPayloadSchema,
  assignmentActRequestSchema,
  completeRequestSchema,
  declineRequestSchema,
  progressRequestSchema,
  reopenRequestSchema,
} from './assignment-schemas';

const uuid = '7d3c1e4a-5b6f-4a1b-9c2d-1e2f3a4b5c6d';

describe('assignment action bodies', () => {
  it('acknowledges with an optional note', () => {
    expect(acknowledgeRequestSchema.parse({})).toEqual({});
    expect(acknowledgeRequestSchema.parse({ note: ' Đã nhận ' })).toEqual({ note: 'Đã nhận' });
  });

  it('reports progress as a whole running total and/or a note', () => {
    expect(progressRequestSchema.parse({ value: 12 })).toEqual({ value: 12 });
    expect(progressRequestSchema.parse({ note: 'Đang làm' })).toEqual({ note: 'Đang làm' });
    expect(progressRequestSchema.safeParse({}).success).toBe(false);
    expect(progressRequestSchema.safeParse({ note: '   ' }).success).toBe(false);
    expect(progressRequestSchema.safeParse({ value: -1 }).success).toBe(false);
    expect(progressRequestSchema.safeParse({ value: 1.5 }).success).toBe(false);
  });

  it('completes with or without a final count', () => {
    expect(completeRequestSchema.parse({})).toEqual({});
    expect(completeRequestSchema.parse({ value: 0 })).toEqual({ value: 0 });
  });

  it('needs a reason to decline or reopen', () => {
    expect(declineRequestSchema.safeParse({ reason: '' }).success).toBe(false);
    expect(reopenRequestSchema.safeParse({}).success).toBe(false);
    expect(declineRequestSchema.parse({ reason: ' Thiếu thiết bị ' })).toEqual({ reason: 'Thiếu thiết bị' });
  });
});

describe('assignment act (socket and offline queue)', () => {
  it('takes any client action, never a cancel', () => {
    expect(assignmentActionCommandSchema.parse({ type: 'complete', value: 50 })).toEqual({
      type: 'complete',
      value: 50,
    });
    expect(assignmentActionCommandSchema.safeParse({ type: 'progress' }).success).toBe(false);
    expect(assignmentActionCommandSchema.safeParse({ type: 'cancel', reason: 'x' }).success).toBe(false);
    expect(assignmentActionCommandSchema.safeParse({ type: 'reopen', reason: 'x' }).success).toBe(true);
  });

  it('needs a UUID idempotency key and takes the phone’s time', () => {
    const body = {
      clientActionId: uuid,
      command: { type: 'acknowledge' },
      actedAt: '2022-06-01T09:00:00+07:00',
    };
    expect(assignmentActRequestSchema.parse(body)).toEqual(body);
    expect(assignmentActRequestSchema.safeParse({ ...body, clientActionId: 'tap-1' }).success).toBe(false);
    expect(assignmentActRequestSchema.safeParse({ ...body, actedAt: 'now' }).success).toBe(false);
    expect(assignmentActPayloadSchema.parse({ ...body, assignmentId: uuid }).assignmentId).toBe(uuid);
    expect(assignmentActPayloadSchema.safeParse(body).success).toBe(false);
  });
});
