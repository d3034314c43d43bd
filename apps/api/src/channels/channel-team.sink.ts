import { Injectable, Logger } from '@nestjs/common';
import type { SystemPayload, TaskNotificationKind } from '@cdt/domain';
import type { TeamChannelSink, TeamHubMessage } from '../notifications/team-channel.sink';
import { ChannelSystemMessages } from './channel-system-messages';
import { TaskRefsRepository, type TaskRef } from './task-refs.repository';

/** The task a notification link opens ("/tasks/<id>" or "/inbox/<assignmentId>"). */
const LINKED_ID = /^\/(?:tasks|inbox)\/([0-9a-f-]{36})$/i;

/** The typed payload of a hub message; null for kinds that are not channel news (edits, monthly reports). */
export function systemPayloadFor(kind: TaskNotificationKind, task: TaskRef, now: Date): SystemPayload | null {
  const ref = { taskId: task.taskId, taskTitle: task.taskTitle };
  const dueAt = task.dueAt.toISOString();
  switch (kind) {
    case 'task_published':
      return {
        ...ref,
        type: 'task_assigned',
        issuerUnitId: task.issuerUnitId,
        issuerUnitName: task.issuerUnitName,
        dueAt,
      };
    case 'reminder_unacknowledged':
    case 'reminder_due_soon':
    case 'overdue':
    case 'nudge':
      return { ...ref, type: 'task_reminder', dueAt, stage: task.dueAt <= now ? 'overdue' : 'upcoming' };
    case 'escalation':
      return {
        ...ref,
        type: 'task_escalated',
        reason: 'overdue',
        escalatedToUnitId: task.issuerUnitId,
        escalatedToUnitName: task.issuerUnitName,
      };
    default:
      return null;
  }
}

/**
 * The real sink behind the tasks context's TEAM_CHANNEL_SINK port: each team's reminder or nudge becomes a
 * message from the hub in the team's channel, with the Vietnamese text the tasks context wrote.
 */
@Injectable()
export class ChannelTeamSink implements TeamChannelSink {
  private readonly logger = new Logger(ChannelTeamSink.name);

  constructor(
    private readonly system: ChannelSystemMessages,
    private readonly tasks: TaskRefsRepository,
  ) {}

  async post(message: TeamHubMessage): Promise<void> {
    const linked = message.link ? LINKED_ID.exec(message.link)?.[1] : undefined;
    const task = linked ? await this.tasks.find(linked) : null;
    const payload = task ? systemPayloadFor(message.kind, task, new Date()) : null;
    if (!payload) {
      this.logger.debug({ kind: message.kind, link: message.link }, 'hub message not for channels');
      return;
    }
    const text = `${message.title}: ${message.body}`;
    for (const teamId of new Set(message.teamIds)) {
      await this.system.postToTeamChannel(teamId, payload, { text });
    }
  }
}
