import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../apps/api/src/worker.module';

/** Runs the worker (queues, jobs, rollups) in this process beside the API, as the deployed worker process would. */
export async function startWorker(): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, {
    logger: ['error'],
    abortOnError: false,
  });
  await worker.init();
  return worker;
}
