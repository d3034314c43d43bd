import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

/** The entities and the migrations must describe the same schema: a change to one without the other fails here. */
describe('migration drift', () => {
  it('finds nothing for TypeORM to change after all migrations ran', async () => {
    const db = new DataSource(dataSourceOptions({ ...loadConfig(), DATABASE_POOL_SIZE: 1 }));
    await db.initialize();
    try {
      const pending = await db.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
