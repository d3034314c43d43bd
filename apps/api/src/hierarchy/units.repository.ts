import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { UnitKind } from '@cdt/domain';
import { UnitEntity } from './unit.entity';

export interface UnitRow {
  id: string;
  code: string | null;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
  childCount: number;
}

export interface NewUnit {
  code: string | null;
  name: string;
  kind: UnitKind;
  nameSearch: string;
}

/** Vietnamese alphabetical order (Đ after D), which the database's collation may not know. */
const VIETNAMESE = new Intl.Collator('vi', { numeric: true });

const SELECT_UNIT = `
  SELECT u.id, u.code, u.name, u.kind, u.parent_id AS "parentId", u.path,
         (SELECT count(*)::int FROM units c WHERE c.parent_id = u.id) AS "childCount"
  FROM units u`;

/** The only place that queries units. Subtrees are prefix matches on the materialized path. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string): Promise<UnitRow | null> {
    const rows: UnitRow[] = await this.db.query(`${SELECT_UNIT} WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async findByIds(ids: string[]): Promise<UnitRow[]> {
    if (ids.length === 0) return [];
    return this.db.query(`${SELECT_UNIT} WHERE u.id = ANY($1::uuid[])`, [ids]);
  }

  async findByCode(code: string, manager: EntityManager = this.db.manager): Promise<UnitRow | null> {
    const rows: UnitRow[] = await manager.query(`${SELECT_UNIT} WHERE u.code = $1`, [code]);
    return rows[0] ?? null;
  }

  async findChildren(parentId: string): Promise<UnitRow[]> {
    const rows: UnitRow[] = await this.db.query(`${SELECT_UNIT} WHERE u.parent_id = $1`, [parentId]);
    return rows.sort((a, b) => VIETNAMESE.compare(a.name, b.name));
  }

  /** Units whose folded name contains `folded`, inside any of the given subtrees (null = everywhere). */
  async search(folded: string, scopePaths: string[] | null, kind: UnitKind | undefined, limit: number) {
    const params: unknown[] = [`%${folded}%`, limit];
    let where = `u.name_search LIKE $1`;
    if (scopePaths) {
      params.push(scopePaths.map((p) => `${p}%`));
      where += ` AND u.path LIKE ANY($${params.length}::text[])`;
    }
    if (kind) {
      params.push(kind);
      where += ` AND u.kind = $${params.length}`;
    }
    // Shallower units first (shorter path), so "quang tri" lists the province before its namesake town.
    const rows: UnitRow[] = await this.db.query(
      `${SELECT_UNIT} WHERE ${where} ORDER BY length(u.path), u.name LIMIT $2`,
      params,
    );
    return rows;
  }

  /** Every unit in the subtree rooted at `path` (the root included), in one indexed query. */
  async subtree(path: string, kind?: UnitKind): Promise<UnitRow[]> {
    const params: unknown[] = [`${path}%`];
    let where = `u.path LIKE $1`;
    if (kind) {
      params.push(kind);
      where += ` AND u.kind = $2`;
    }
    return this.db.query(`${SELECT_UNIT} WHERE ${where} ORDER BY u.path`, params);
  }

  async countByKind(): Promise<Record<string, number>> {
    const rows: { kind: string; n: number }[] = await this.db.query(
      `SELECT kind, count(*)::int AS n FROM units GROUP BY kind`,
    );
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  /** Inserts or updates a coded unit under `parent` (idempotent on the official code). */
  async upsertByCode(manager: EntityManager, unit: NewUnit & { code: string }, parent: UnitRow | null) {
    const existing = await this.findByCode(unit.code, manager);
    if (existing) {
      await manager.query(`UPDATE units SET name = $2, name_search = $3, updated_at = now() WHERE id = $1`, [
        existing.id,
        unit.name,
        unit.nameSearch,
      ]);
      return existing;
    }
    return this.insert(manager, unit, parent);
  }

  /** Inserts a village unless one of the same folded name exists under the commune; returns it and whether it is new. */
  async upsertVillage(manager: EntityManager, unit: NewUnit, commune: UnitRow) {
    const rows: UnitRow[] = await manager.query(
      `${SELECT_UNIT} WHERE u.parent_id = $1 AND u.code IS NULL AND u.name_search = $2`,
      [commune.id, unit.nameSearch],
    );
    if (rows[0]) return { unit: rows[0], created: false };
    return { unit: await this.insert(manager, unit, commune), created: true };
  }

  private async insert(manager: EntityManager, unit: NewUnit, parent: UnitRow | null): Promise<UnitRow> {
    // The path contains the new id, so the id is drawn first.
    const [{ id }] = await manager.query<[{ id: string }]>(`SELECT gen_random_uuid() AS id`);
    const path = `${parent?.path ?? '/'}${id}/`;
    await manager
      .createQueryBuilder()
      .insert()
      .into(UnitEntity)
      .values({
        id,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parentId: parent?.id ?? null,
        path,
        nameSearch: unit.nameSearch,
      })
      .execute();
    return {
      id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentId: parent?.id ?? null,
      path,
      childCount: 0,
    };
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
