import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import type { NotificationDto, NotificationListDto } from './dto';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';
import { decodeCursor, encodeCursor } from './page-cursor';

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    data: row.data,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The caller's own notifications: nobody reads or marks another person's. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async list(
    actor: Actor,
    query: { unreadOnly: boolean; limit: number; cursor?: string },
  ): Promise<NotificationListDto> {
    const after = decodeCursor(query.cursor);
    const [rows, unreadCount] = await Promise.all([
      this.notifications.listOf(actor.userId, {
        unreadOnly: query.unreadOnly,
        limit: query.limit + 1,
        before: after && { createdAt: after.key, id: after.id },
      }),
      this.notifications.unreadCount(actor.userId),
    ]);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toNotificationDto),
      unreadCount,
      nextCursor:
        rows.length > query.limit && last ? encodeCursor(last.createdAt.toISOString(), last.id) : null,
    };
  }

  async markRead(actor: Actor, id: string): Promise<NotificationDto> {
    const row = await this.notifications.markRead(actor.userId, id);
    if (!row) throw new DomainException(ErrorCode.NotFound, 'You have no such notification.');
    return toNotificationDto(row);
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(actor.userId) };
  }
}
