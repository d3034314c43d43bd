import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentUser } from '../common/current-user';
import {
  ListNotificationsQuery,
  NotificationIdParam,
  type NotificationDto,
  type NotificationListDto,
} from './dto';
import { NotificationsService } from './notifications.service';

/** The caller's in-app notifications; the fixed path read-all is declared before `:id`. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@CurrentUser() actor: Actor, @Query() query: ListNotificationsQuery): Promise<NotificationListDto> {
    return this.notifications.list(actor, query);
  }

  @Post('read-all')
  @HttpCode(200)
  readAll(@CurrentUser() actor: Actor): Promise<{ updated: number }> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  read(@CurrentUser() actor: Actor, @Param() params: NotificationIdParam): Promise<NotificationDto> {
    return this.notifications.markRead(actor, params.id);
  }
}
