/** What the hub itself posts into a team's channel, so a leader who lives in the chat still sees it. */
export const SYSTEM_MESSAGE_TYPES = ['task_assigned', 'task_reminder', 'task_escalated'] as const;
export type SystemMessageType = (typeof SYSTEM_MESSAGE_TYPES)[number];

interface TaskRef {
  taskId: string;
  taskTitle: string;
}

export type SystemPayload =
  | (TaskRef & {
      type: 'task_assigned';
      /** The unit whose steering committee issued the task. */
      issuerUnitId: string;
      issuerUnitName: string;
      dueAt: string | null;
    })
  | (TaskRef & {
      type: 'task_reminder';
      dueAt: string;
      /** Before the deadline, or after it has passed. */
      stage: 'upcoming' | 'overdue';
    })
  | (TaskRef & {
      type: 'task_escalated';
      reason: 'not_acknowledged' | 'overdue';
      /** The unit the task was escalated to (the issuer's, or the commune above the team). */
      escalatedToUnitId: string;
      escalatedToUnitName: string;
    });

export type SystemPayloadOf<T extends SystemMessageType> = Extract<SystemPayload, { type: T }>;
