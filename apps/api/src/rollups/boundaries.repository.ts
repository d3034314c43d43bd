import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BoundaryGeometry } from '@cdt/domain';

export interface ChildBoundaryRow {
  unitId: string;
  code: string | null;
  name: string;
  geometry: BoundaryGeometry;
}

/** Unit boundaries: written by the operator's import, read by the dashboard map. */
@Injectable()
export class BoundariesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Unit ids by official code, for the codes asked about (unknown codes are simply absent). */
  async unitIdsByCode(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: { id: string; code: string }[] = await this.db.query(
      `SELECT id, code FROM units WHERE code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((row) => [row.code, row.id]));
  }

  /** Stores every boundary in one transaction (a re-import replaces a unit's boundary). */
  async upsert(rows: readonly { unitId: string; geometry: BoundaryGeometry }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(
      `INSERT INTO unit_boundaries (unit_id, geometry, imported_at)
       SELECT x.unit_id, x.geometry, now() FROM jsonb_to_recordset($1::jsonb) AS x(unit_id uuid, geometry jsonb)
       ON CONFLICT (unit_id) DO UPDATE SET geometry = EXCLUDED.geometry, imported_at = EXCLUDED.imported_at`,
      [JSON.stringify(rows.map((row) => ({ unit_id: row.unitId, geometry: row.geometry })))],
    );
  }

  async ofChildren(parentId: string): Promise<ChildBoundaryRow[]> {
    return this.db.query(
      `SELECT u.id AS "unitId", u.code, u.name, b.geometry
       FROM units u JOIN unit_boundaries b ON b.unit_id = u.id WHERE u.parent_id = $1 ORDER BY u.code, u.name`,
      [parentId],
    );
  }

  async count(): Promise<number> {
    const [{ n }]: [{ n: number }] = await this.db.query(`SELECT count(*)::int AS n FROM unit_boundaries`);
    return n;
  }
}
