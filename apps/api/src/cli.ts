import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createUserRequestSchema } from '@cdt/domain';
import { AccessRepository } from './access/access.repository';
import { PasswordService } from './access/password.service';
import { bootstrapData } from './bootstrap';
import { CliModule } from './cli.module';
import { ZodError } from 'zod';
import { DomainException } from './common/domain.exception';
import { zodIssues } from './common/error-mapping';
import { loadConfigOrExit, type AppConfig } from './config/app-config';
import { runMigrations } from './database/data-source';
import type { DemoAccount } from './demo/demo-accounts';
import { provinceTree, QUANG_TRI_CODE } from './hierarchy/quang-tri.source';
import { UnitsRepository } from './hierarchy/units.repository';
import { UnitsImporter } from './hierarchy/units.importer';
import { BoundariesImporter } from './rollups/boundaries.importer';

const USAGE = `Usage: node dist/cli.js <command>
  migrate                      apply pending database migrations
  bootstrap                    migrate; import Quảng Trị when there are no units; load demo data when there are no users
  units:import                 import (or refresh) Quảng Trị's official units (idempotent)
  units:import-villages FILE   import villages from a CSV file with columns commune_code,name
  units:import-boundaries FILE import unit boundaries from a GeoJSON FeatureCollection, matched to units by
                               official code (properties.code); idempotent, all or nothing
  admin:create USERNAME "FULL NAME" [PROVINCE_CODE]
                               create the first admin of a province (default 45); the password is read
                               from the environment variable ADMIN_PASSWORD (at least 8 characters)`;

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

async function importBoundaries(file: string | undefined): Promise<void> {
  if (!file) throw new Error('Name the GeoJSON file: npm run units:import-boundaries -- boundaries.geojson');
  const text = await readFile(file, 'utf8');
  await withContext(async (app) => {
    const result = await app.get(BoundariesImporter).importGeoJson(text);
    console.log(`Boundaries: ${result.imported} units stored.`);
    if (result.unmatched.length > 0) {
      console.warn(`${result.unmatched.length} features match no unit by code (not stored):`);
      for (const u of result.unmatched) console.warn(`  ${u.code}${u.name ? ` ${u.name}` : ''}`);
    }
  });
}

async function createAdmin(args: string[]): Promise<void> {
  const [username, fullName, provinceCode = QUANG_TRI_CODE] = args;
  const input = createUserRequestSchema.parse({ username, fullName, password: process.env.ADMIN_PASSWORD });
  await withContext(async (app) => {
    const province = await app.get(UnitsRepository).findByCode(provinceCode);
    if (!province || province.kind !== 'province')
      throw new Error(`No province with code ${provinceCode}: import units first.`);
    const access = app.get(AccessRepository);
    const hash = await app.get(PasswordService).hash(input.password);
    await access.transaction(async (manager) => {
      const userId = await access.insertUser(
        {
          username: input.username,
          phone: null,
          fullName: input.fullName,
          passwordHash: hash,
          createdBy: null,
        },
        manager,
      );
      await access.insertGrant({ userId, unitId: province.id, role: 'admin', createdBy: null }, manager);
    });
    console.log(`Created admin ${input.username} on ${province.name}.`);
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
    case 'units:import-boundaries':
      return importBoundaries(args[0]);
    case 'admin:create':
      return createAdmin(args);
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof DomainException) {
    console.error(`${error.code}: ${error.message}`);
    if (Array.isArray(error.details)) {
      for (const p of error.details as { line?: number; path?: string; message: string }[])
        console.error(`  ${p.path ?? `line ${p.line}`}: ${p.message}`);
    }
  } else if (error instanceof ZodError) {
    for (const issue of zodIssues(error)) console.error(`  ${issue.path}: ${issue.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
