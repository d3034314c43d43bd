import { TASK_EVENT_TYPES, taskEvent, type TaskDomainEvent } from './events';

describe('task domain events', () => {
  it('lists every event type once', () => {
    expect(new Set(TASK_EVENT_TYPES).size).toBe(TASK_EVENT_TYPES.length);
    expect(TASK_EVENT_TYPES).toEqual(
      expect.arrayContaining([
        'TaskPublished',
        'AssignmentChanged',
        'TaskCancelled',
        'ReminderSent',
        'Escalated',
      ]),
    );
  });

  it('builds an envelope discriminated by type, with a null actor for the hub', () => {
    const event: TaskDomainEvent = taskEvent(
      'ReminderSent',
      { taskId: 't', actorId: null, at: 'T' },
      { kind: 'overdue', dedupeKey: 'k', assignmentIds: ['a'] },
    );
    expect(event).toEqual({
      type: 'ReminderSent',
      taskId: 't',
      actorId: null,
      at: 'T',
      payload: { kind: 'overdue', dedupeKey: 'k', assignmentIds: ['a'] },
    });
    if (event.type === 'ReminderSent') expect(event.payload.kind).toBe('overdue');
  });
});
