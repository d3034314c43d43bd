import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type * as WorkerModuleFile from '../../apps/api/src/worker.module';
import { answerMemoryProbes, reportReady } from './bench-process';

/** The BullMQ worker as `node apps/api/dist/worker.js` runs it (the built module graph), ready over IPC. */
async function main(): Promise<void> {
  const { WorkerModule } = (await import(
    join(__dirname, '../../apps/api/dist/worker.module.js')
  )) as typeof WorkerModuleFile;
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  await worker.init();
  answerMemoryProbes();
  process.once('SIGTERM', () => void worker.close().then(() => process.exit(0)));
  // A worker listens on no port of the benchmark's; 0 tells the parent it is up.
  reportReady(0);
}

void main();
