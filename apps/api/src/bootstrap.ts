import type { INestApplicationContext } from '@nestjs/common';
import { AccessRepository } from './access/access.repository';
import type { AppConfig } from './config/app-config';
import type { DemoAccount } from './demo/demo-accounts';
import { importDemoBoundaries } from './demo/demo-boundaries';
import { DemoSeeder } from './demo/demo.seeder';
import { provinceTree, QUANG_TRI_CODE } from './hierarchy/quang-tri.source';
import { UnitsImporter } from './hierarchy/units.importer';
import { UnitsRepository } from './hierarchy/units.repository';
import { BoundariesImporter } from './rollups/boundaries.importer';
import { RollupComputer } from './rollups/rollup-computer';
import { RollupsRepository } from './rollups/rollups.repository';

export interface BootstrapResult {
  importedUnits: boolean;
  demoAccounts: DemoAccount[] | null;
}

/** First-run data: Quảng Trị's units when there are none, demo data when there are no users (never in production). */
export async function bootstrapData(
  app: INestApplicationContext,
  config: AppConfig,
): Promise<BootstrapResult> {
  const counts = await app.get(UnitsRepository).countByKind();
  const importedUnits = !counts.province;
  if (importedUnits) await app.get(UnitsImporter).importTree(provinceTree(QUANG_TRI_CODE));
  const wantsDemo = config.NODE_ENV !== 'production' && (await app.get(AccessRepository).countUsers()) === 0;
  const demoAccounts = wantsDemo ? await app.get(DemoSeeder).seed(QUANG_TRI_CODE) : null;
  if (demoAccounts) await importDemoBoundaries(app.get(BoundariesImporter));
  // Dashboards read stored rollups: the first run (or one after the rollups came in) computes them all.
  if (demoAccounts || importedUnits || !(await app.get(RollupsRepository).hasRollups())) {
    await app.get(RollupComputer).recomputeAll(new Date().toISOString());
  }
  return { importedUnits, demoAccounts };
}
