import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ChannelsCoreModule } from '../channels/channels-core.module';
import { TeamsModule } from '../teams/teams.module';
import { RealtimeGateway } from './realtime.gateway';
import { SocketHandlers } from './socket-handlers';

@Module({
  imports: [AccessModule, TeamsModule, ChannelsCoreModule],
  providers: [RealtimeGateway, SocketHandlers],
})
export class RealtimeModule {}
