import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { bootstrapData } from '../../apps/api/src/bootstrap';
import { CliModule } from '../../apps/api/src/cli.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { runMigrations } from '../../apps/api/src/database/data-source';
import { ADMIN_DATABASE_URL, newRunId, testEnvironment } from './test-env';

/** Creates this run's database, migrates it and loads the province and demo data, once for all tiers. */
export default async function globalSetup(): Promise<void> {
  const runId = newRunId();
  Object.assign(process.env, testEnvironment(runId), { WEB_DIST: resolve(__dirname, '../../apps/web/dist') });
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Tests need PostgreSQL at ${ADMIN_DATABASE_URL}: ${(error as Error).message}`);
  }
  await admin.query(`CREATE DATABASE ${runId}`);
  await admin.end();
  const config = loadConfig();
  await runMigrations(config);
  const app = await NestFactory.createApplicationContext(CliModule, {
    logger: ['error'],
    abortOnError: false,
  });
  await bootstrapData(app, config);
  await app.close();
}
