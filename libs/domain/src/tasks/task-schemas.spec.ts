import {
  cancelTaskRequestSchema,
  closeTaskRequestSchema,
  createTaskRequestSchema,
  dueAtSchema,
  nudgeRequestSchema,
  publishTaskRequestSchema,
  reminderPolicySchema,
  targetPreviewRequestSchema,
  taskLinkSchema,
  taskTargetSchema,
  updateTaskRequestSchema,
} from './task-schemas';

const uuid = '7d3c1e4a-5b6f-4a1b-9c2d-1e2f3a4b5c6d';
const uuid2 = '8e4d2f5b-6c7a-4b2c-8d3e-2f3a4b5c6d7e';
const minimal = {
  issuerUnitId: uuid,
  title: ' Hướng dẫn cài đặt VNeID ',
  category: 'public_service_apps',
  dueAt: '2022-06-10',
  target: { type: 'subtree', unitId: uuid, teamKinds: ['village'] },
};

describe('createTaskRequestSchema', () => {
  it('fills the defaults and reads a bare date as the end of that day in Vietnam', () => {
    expect(createTaskRequestSchema.parse(minimal)).toEqual({
      issuerUnitId: uuid,
      title: 'Hướng dẫn cài đặt VNeID',
      description: '',
      category: 'public_service_apps',
      priority: 'normal',
      dueAt: '2022-06-10T16:59:59.999Z',
      target: { type: 'subtree', unitId: uuid, teamKinds: ['village'] },
      targetPerTeam: null,
      links: [],
    });
  });

  it('takes a full task with a per-team target, links and reminder overrides', () => {
    const parsed = createTaskRequestSchema.parse({
      ...minimal,
      priority: 'urgent',
      dueAt: '2022-06-10T17:00:00+07:00',
      targetPerTeam: { value: 50, unitLabel: ' người dân ' },
      links: [
        { url: ' https://dichvucong.gov.vn/p/home ', title: 'Cổng DVC' },
        { url: 'http://vneid.gov.vn' },
      ],
      reminderPolicy: { unacknowledgedAfterHours: 12 },
    });
    expect(parsed).toMatchObject({
      priority: 'urgent',
      dueAt: '2022-06-10T10:00:00.000Z',
      targetPerTeam: { value: 50, unitLabel: 'người dân' },
      links: [
        { url: 'https://dichvucong.gov.vn/p/home', title: 'Cổng DVC' },
        { url: 'http://vneid.gov.vn', title: 'http://vneid.gov.vn' },
      ],
      reminderPolicy: { unacknowledgedAfterHours: 12 },
    });
  });

  it('refuses a missing title, an unknown category, a bad deadline and a zero target', () => {
    expect(createTaskRequestSchema.safeParse({ ...minimal, title: '  ' }).success).toBe(false);
    expect(createTaskRequestSchema.safeParse({ ...minimal, category: 'farming' }).success).toBe(false);
    expect(createTaskRequestSchema.safeParse({ ...minimal, dueAt: '10/06/2022' }).success).toBe(false);
    expect(createTaskRequestSchema.safeParse({ ...minimal, dueAt: '2022-06-10T10:00:00' }).success).toBe(
      false,
    );
    expect(
      createTaskRequestSchema.safeParse({ ...minimal, targetPerTeam: { value: 0, unitLabel: 'hộ' } }).success,
    ).toBe(false);
    expect(
      createTaskRequestSchema.safeParse({ ...minimal, targetPerTeam: { value: 2.5, unitLabel: 'hộ' } })
        .success,
    ).toBe(false);
  });
});

describe('task parts', () => {
  it('accepts only http(s) links', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://a.vn/x',
      'vneid',
    ]) {
      expect(taskLinkSchema.safeParse({ url }).success).toBe(false);
    }
    expect(taskLinkSchema.safeParse({ url: 'https://a.vn', title: 'x'.repeat(201) }).success).toBe(false);
  });

  it('takes a subtree with one or both team kinds, or a non-empty list of teams, each once', () => {
    expect(
      taskTargetSchema.parse({ type: 'subtree', unitId: uuid, teamKinds: ['village', 'commune', 'village'] }),
    ).toEqual({ type: 'subtree', unitId: uuid, teamKinds: ['village', 'commune'] });
    expect(taskTargetSchema.safeParse({ type: 'subtree', unitId: uuid, teamKinds: [] }).success).toBe(false);
    expect(
      taskTargetSchema.safeParse({ type: 'subtree', unitId: uuid, teamKinds: ['district'] }).success,
    ).toBe(false);
    expect(taskTargetSchema.parse({ type: 'teams', teamIds: [uuid, uuid2, uuid] })).toEqual({
      type: 'teams',
      teamIds: [uuid, uuid2],
    });
    expect(taskTargetSchema.safeParse({ type: 'teams', teamIds: [] }).success).toBe(false);
    expect(taskTargetSchema.safeParse({ type: 'units', unitIds: [uuid] }).success).toBe(false);
  });

  it('bounds the reminder policy and allows turning reminders off', () => {
    expect(
      reminderPolicySchema.parse({
        unacknowledgedAfterHours: null,
        beforeDueDays: [1, 3, 3],
        escalateAfterDays: 7,
      }),
    ).toEqual({ unacknowledgedAfterHours: null, beforeDueDays: [3, 1], escalateAfterDays: 7 });
    expect(
      reminderPolicySchema.safeParse({ unacknowledgedAfterHours: 0, beforeDueDays: [], escalateAfterDays: 1 })
        .success,
    ).toBe(false);
    expect(
      reminderPolicySchema.safeParse({
        unacknowledgedAfterHours: 1,
        beforeDueDays: [1, 2, 3, 4, 5, 6],
        escalateAfterDays: 1,
      }).success,
    ).toBe(false);
  });

  it('reads a deadline with any offset as one instant', () => {
    expect(dueAtSchema.parse('2022-06-10T03:00:00Z')).toBe('2022-06-10T03:00:00.000Z');
    expect(dueAtSchema.parse('2022-02-28')).toBe('2022-02-28T16:59:59.999Z');
    expect(dueAtSchema.safeParse('2022-02-30').success).toBe(false);
  });
});

describe('other task requests', () => {
  it('edits any subset of fields, but not nothing', () => {
    expect(updateTaskRequestSchema.parse({ priority: 'low' })).toEqual({ priority: 'low' });
    expect(updateTaskRequestSchema.safeParse({}).success).toBe(false);
    expect(updateTaskRequestSchema.safeParse({ issuerUnitId: uuid }).success).toBe(false);
  });

  it('needs a reason to cancel, and nothing to publish or close', () => {
    expect(cancelTaskRequestSchema.safeParse({ reason: ' ' }).success).toBe(false);
    expect(cancelTaskRequestSchema.parse({ reason: ' Trùng kế hoạch ' })).toEqual({
      reason: 'Trùng kế hoạch',
    });
    expect(publishTaskRequestSchema.parse({})).toEqual({});
    expect(closeTaskRequestSchema.parse({})).toEqual({});
  });

  it('nudges all teams behind or a list, with an optional message', () => {
    expect(nudgeRequestSchema.parse({})).toEqual({});
    expect(nudgeRequestSchema.parse({ teamIds: [uuid], message: ' Khẩn ' })).toEqual({
      teamIds: [uuid],
      message: 'Khẩn',
    });
    expect(nudgeRequestSchema.safeParse({ teamIds: [] }).success).toBe(false);
  });

  it('previews a target for an issuing unit', () => {
    expect(targetPreviewRequestSchema.safeParse({ issuerUnitId: uuid, target: minimal.target }).success).toBe(
      true,
    );
    expect(targetPreviewRequestSchema.safeParse({ target: minimal.target }).success).toBe(false);
  });
});
