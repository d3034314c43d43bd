import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** An area whose Culture and Information Office reports monthly, with the people a reminder goes to. */
export interface AreaOffice {
  unitId: string;
  unitName: string;
  recipientIds: string[];
}

/** Who hears about what: commune chairs, issuing units, area offices. The only SQL that finds recipients. */
@Injectable()
export class RecipientsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The chair of each given commune: the current holder of the commune_chair position, and anyone holding a
   * commune_chair grant on the commune itself. Keyed by commune id.
   */
  async communeChairs(
    communeIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, string[]>> {
    if (communeIds.length === 0) return new Map();
    const rows: { unitId: string; userId: string }[] = await manager.query(
      `SELECT unit_id AS "unitId", user_id AS "userId" FROM positions
        WHERE unit_id = ANY($1::uuid[]) AND position = 'commune_chair' AND ended_on IS NULL
       UNION
       SELECT unit_id, user_id FROM grants WHERE unit_id = ANY($1::uuid[]) AND role = 'commune_chair'`,
      [communeIds],
    );
    const byUnit = new Map<string, string[]>();
    for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row.userId]);
    return byUnit;
  }

  /** The issuing unit's people: the task's author and whoever holds a steering grant on that very unit. */
  async issuerUnitPeople(
    unitId: string,
    authorId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT $2::uuid AS "userId"
       UNION
       SELECT user_id FROM grants
        WHERE unit_id = $1 AND role IN ('province_steering','district_steering','commune_chair')`,
      [unitId, authorId],
    );
    return rows.map((r) => r.userId);
  }

  /**
   * Every unit directly above communes (a district in the 2022 shape, the province without districts), with
   * the current head of its Culture and Information Office, or its steering users where nobody holds it.
   */
  async areaOffices(manager: EntityManager = this.db.manager): Promise<AreaOffice[]> {
    return manager.query(
      `WITH areas AS (
         SELECT DISTINCT a.id, a.name FROM units c JOIN units a ON a.id = c.parent_id WHERE c.kind = 'commune'
       ), heads AS (
         SELECT p.unit_id, p.user_id FROM positions p JOIN areas ON areas.id = p.unit_id
         WHERE p.position = 'culture_info_head' AND p.ended_on IS NULL
       ), steering AS (
         SELECT g.unit_id, g.user_id FROM grants g JOIN areas ON areas.id = g.unit_id
         WHERE g.role IN ('district_steering','province_steering')
           AND NOT EXISTS (SELECT 1 FROM heads WHERE heads.unit_id = g.unit_id)
       )
       SELECT areas.id AS "unitId", areas.name AS "unitName",
              coalesce(array_agg(DISTINCT r.user_id) FILTER (WHERE r.user_id IS NOT NULL), '{}') AS "recipientIds"
       FROM areas LEFT JOIN (SELECT * FROM heads UNION ALL SELECT * FROM steering) r ON r.unit_id = areas.id
       GROUP BY areas.id, areas.name ORDER BY areas.name`,
    );
  }
}
