import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type * as AppFactory from '../../apps/api/src/app.factory';
import { answerMemoryProbes, reportReady } from './bench-process';

/** The API as `node apps/api/dist/main.js` runs it (the built app), reporting its port and memory over IPC. */
async function main(): Promise<void> {
  const { createApp } = (await import(
    join(__dirname, '../../apps/api/dist/app.factory.js')
  )) as typeof AppFactory;
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  answerMemoryProbes();
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  reportReady((app.getHttpServer() as { address: () => AddressInfo }).address().port);
}

void main();
