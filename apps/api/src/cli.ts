import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bootstrapData } from './bootstrap';
import { CliModule } from './cli.module';
import { DomainException } from './common/domain.exception';
import { loadConfigOrExit, type AppConfig } from './config/app-config';
import { runMigrations } from './database/data-source';
import type { DemoAccount } from './demo/demo-accounts';
import { provinceTree, QUANG_TRI_CODE } from './hierarchy/quang-tri.source';
import { UnitsImporter } from './hierarchy/units.importer';

const USAGE = `Usage: node dist/cli.js <command>
  migrate                      apply pending database migrations
  bootstrap                    migrate; import Quảng Trị when there are no units; load demo data when there are no users
  units:import                 import (or refresh) Quảng Trị's official units (idempotent)
  units:import-villages FILE   import villages from a CSV file with columns commune_code,name`;

async function withContext<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function migrate(config: AppConfig): Promise<void> {
  const applied = await runMigrations(config);
  console.log(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.',
  );
}

async function importUnits(app: INestApplicationContext): Promise<void> {
  const result = await app.get(UnitsImporter).importTree(provinceTree(QUANG_TRI_CODE));
  console.log(`Imported units from vietnam-provinces: ${JSON.stringify(result.counts)}`);
}

function printAccounts(accounts: DemoAccount[], password: string): void {
  console.log('Demo accounts (password: %s):', password);
  for (const a of accounts) console.log(`  ${a.username.padEnd(14)} ${a.role.padEnd(18)} unit ${a.unitCode}`);
}

async function bootstrap(config: AppConfig): Promise<void> {
  await migrate(config);
  await withContext(async (app) => {
    const result = await bootstrapData(app, config);
    if (result.importedUnits) console.log('Imported the units of Quảng Trị from vietnam-provinces.');
    if (result.demoAccounts) printAccounts(result.demoAccounts, config.DEMO_PASSWORD);
  });
}

async function importVillages(file: string | undefined): Promise<void> {
  if (!file) throw new Error('Name the CSV file: npm run units:import-villages -- villages.csv');
  const csv = await readFile(file, 'utf8');
  await withContext(async (app) => {
    const result = await app.get(UnitsImporter).importVillagesCsv(csv);
    console.log(`Villages: ${result.created} created, ${result.existing} already present.`);
  });
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfigOrExit();
  const [command, ...args] = argv;
  switch (command) {
    case 'migrate':
      return migrate(config);
    case 'bootstrap':
      return bootstrap(config);
    case 'units:import':
      await migrate(config);
      return withContext(importUnits);
    case 'units:import-villages':
      return importVillages(args[0]);
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof DomainException) {
    console.error(`${error.code}: ${error.message}`);
    if (Array.isArray(error.details)) {
      for (const p of error.details as { line: number; message: string }[])
        console.error(`  line ${p.line}: ${p.message}`);
    }
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
