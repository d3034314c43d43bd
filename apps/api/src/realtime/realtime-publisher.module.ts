import { Global, Module } from '@nestjs/common';
import { RealtimePublisher } from './realtime.publisher';

/** Global so any context can publish without importing the gateway (which depends on access). */
@Global()
@Module({ providers: [RealtimePublisher], exports: [RealtimePublisher] })
export class RealtimePublisherModule {}
