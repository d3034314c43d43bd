import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { RealtimeGateway } from './realtime.gateway';
import { SocketHandlers } from './socket-handlers';

@Module({ imports: [AccessModule], providers: [RealtimeGateway, SocketHandlers] })
export class RealtimeModule {}
