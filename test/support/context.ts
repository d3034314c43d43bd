import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../apps/api/src/cli.module';

/** A Nest context over the run's real database and Redis, without HTTP: for integration tests of services. */
export function createTestContext(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(CliModule, { logger: ['error'], abortOnError: false });
}
