// Builders shared by the task specs (not exported from the package).
import type { Assignment } from './assignment';
import type { AssignmentActor } from './assignment-commands';
import { DEFAULT_REMINDER_POLICY } from './reminder-policy';
import type { AssignmentDto } from './dto';
import type { Task } from './task';
import type { TaskActor } from './task-actor';

/** 09:00 on 1 June 2022 in Vietnam. */
export const T0 = '2022-06-01T02:00:00.000Z';
/** End of 10 June 2022 in Vietnam. */
export const DUE = '2022-06-10T16:59:59.999Z';

export const hoursAfter = (at: string, hours: number) =>
  new Date(Date.parse(at) + hours * 60 * 60 * 1000).toISOString();

export const teamLeader: AssignmentActor = {
  userId: 'u-leader',
  isTeamLeaderOrDeputy: true,
  isIssuer: false,
};
export const issuerUser: AssignmentActor = {
  userId: 'u-issuer',
  isTeamLeaderOrDeputy: false,
  isIssuer: true,
};
export const plainMember: AssignmentActor = {
  userId: 'u-member',
  isTeamLeaderOrDeputy: false,
  isIssuer: false,
};
export const issuer: TaskActor = { userId: 'u-issuer', isIssuer: true };
export const outsider: TaskActor = { userId: 'u-outsider', isIssuer: false };

export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 'task-1',
    issuerUnitId: 'd1',
    title: 'Hướng dẫn người dân cài đặt VNeID',
    description: 'Mỗi Tổ hướng dẫn ít nhất 50 người dân.',
    category: 'public_service_apps',
    priority: 'high',
    dueAt: DUE,
    target: { type: 'subtree', unitId: 'c1', teamKinds: ['village'] },
    targetPerTeam: { value: 50, unitLabel: 'người dân' },
    links: [{ url: 'https://vneid.gov.vn', title: 'VNeID' }],
    reminderPolicy: { ...DEFAULT_REMINDER_POLICY, beforeDueDays: [3, 1] },
    status: 'published',
    createdById: 'u-issuer',
    createdAt: T0,
    updatedAt: T0,
    publishedAt: T0,
    cancelledAt: null,
    cancelReason: null,
    closedAt: null,
    closeNote: null,
    ...overrides,
  };
}

export function makeAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: 'a-1',
    taskId: 'task-1',
    teamId: 'team-v1',
    teamUnitId: 'v1',
    state: 'assigned',
    progress: null,
    targetValue: 50,
    assignedAt: T0,
    acknowledgedAt: null,
    completedAt: null,
    declineReason: null,
    lastChangedAt: T0,
    ...overrides,
  };
}

export function makeAssignmentDto(overrides: Partial<AssignmentDto> = {}): AssignmentDto {
  return {
    id: 'a-1',
    task: {
      id: 'task-1',
      title: 'Hướng dẫn người dân cài đặt VNeID',
      category: 'public_service_apps',
      priority: 'high',
      status: 'published',
      dueAt: DUE,
      targetPerTeam: { value: 50, unitLabel: 'người dân' },
      issuerUnit: { id: 'd1', name: 'Huyện Vĩnh Linh', kind: 'district' },
    },
    team: { id: 'team-v1', name: 'Tổ công nghệ số cộng đồng thôn Tân Mỹ', kind: 'village' },
    unit: { id: 'v1', name: 'Thôn Tân Mỹ', kind: 'village' },
    state: 'assigned',
    bucket: 'open_within_deadline',
    progress: null,
    targetValue: 50,
    belowTarget: false,
    assignedAt: T0,
    acknowledgedAt: null,
    completedAt: null,
    declineReason: null,
    lastChangedAt: T0,
    lastNudgedAt: null,
    capabilities: { isTeamLeaderOrDeputy: true, isIssuer: false },
    availableActions: ['acknowledge', 'progress', 'complete', 'decline'],
    ...overrides,
  };
}
