import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Controller, HttpCode, Inject, Module, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@cdt/domain';
import type { Request, Response } from 'express';
import { AccessModule } from '../access/access.module';
import { ActorService } from '../access/actor.service';
import { type Actor, CurrentUser } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobsModule } from '../jobs/jobs.module';
import { QUEUES } from '../jobs/job-registry';
import { QUEUE_BOARD_ROUTE, isAdmin, queueBoardGuard, setBoardCookie } from './queue-board.guard';

/** Opens the board for a signed-in admin: sets the board cookie from the Bearer token (then GET /api/admin/queues). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/queue-session')
export class QueueBoardSessionController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post()
  @HttpCode(204)
  open(
    @CurrentUser() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): void {
    if (!isAdmin(actor)) throw new DomainException(ErrorCode.Forbidden, 'The queue dashboard is for admins.');
    const token = request.headers.authorization?.slice(7) ?? '';
    setBoardCookie(response, request, token, this.config.JWT_ACCESS_TTL_SECONDS * 1000);
  }
}

/** bull-board at /api/admin/queues over every queue of the registry, for admins only (see queue-board.guard). */
@Module({
  imports: [
    JobsModule,
    BullBoardModule.forRootAsync({
      imports: [AccessModule],
      inject: [ActorService, APP_CONFIG],
      useFactory: (actors: ActorService, config: AppConfig) => ({
        route: QUEUE_BOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: queueBoardGuard(actors, config.JWT_ACCESS_TTL_SECONDS * 1000),
      }),
    }),
    BullBoardModule.forFeature(...Object.values(QUEUES).map((name) => ({ name, adapter: BullMQAdapter }))),
  ],
  controllers: [QueueBoardSessionController],
})
export class QueueBoardModule {}
