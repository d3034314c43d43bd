import type { NotificationPayload } from '@cdt/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** One notification in the list (the live 'notification' event carries the NotificationPayload part). */
export interface NotificationDto extends NotificationPayload {
  /** Ids the client may use to open the subject (taskId, assignmentId, areaUnitId …). */
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationListDto {
  items: NotificationDto[];
  unreadCount: number;
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export const listNotificationsQuerySchema = z.object({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  cursor: z.string().max(200).optional(),
});

export class ListNotificationsQuery extends createZodDto(listNotificationsQuerySchema) {}
export class NotificationIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
