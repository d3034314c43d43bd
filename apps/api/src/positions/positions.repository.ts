import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PositionDto, Position } from '@cdt/domain';

export interface NewPosition {
  unitId: string;
  userId: string;
  position: Position;
  startedOn: string;
}

interface PositionRow {
  id: string;
  unitId: string;
  position: Position;
  startedOn: string;
  holderId: string;
  fullName: string;
  phone: string | null;
}

/** The only place with SQL for officials' positions. */
@Injectable()
export class PositionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Positions held now at a unit, in the order of the domain's list. */
  async currentAt(unitId: string): Promise<PositionDto[]> {
    const rows: PositionRow[] = await this.db.query(
      `SELECT p.id, p.unit_id AS "unitId", p.position, to_char(p.started_on, 'YYYY-MM-DD') AS "startedOn",
              u.id AS "holderId", u.full_name AS "fullName", u.phone
       FROM positions p JOIN users u ON u.id = p.user_id
       WHERE p.unit_id = $1 AND p.ended_on IS NULL
       ORDER BY array_position(ARRAY['commune_chair','culture_info_head','education_head','youth_union_secretary'],
                               p.position::text), p.started_on`,
      [unitId],
    );
    return rows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      position: r.position,
      startedOn: r.startedOn,
      holder: { id: r.holderId, fullName: r.fullName, phone: r.phone },
    }));
  }

  /** Inserts positions; false when one is already held at its unit (the unique index on current holders). */
  async insertMany(
    positions: readonly NewPosition[],
    createdBy: string | null,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    if (positions.length === 0) return true;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO positions (unit_id, user_id, position, started_on, created_by)
       SELECT *, $5::uuid FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::date[])
       ON CONFLICT (unit_id, position) WHERE ended_on IS NULL DO NOTHING
       RETURNING id`,
      [
        positions.map((p) => p.unitId),
        positions.map((p) => p.userId),
        positions.map((p) => p.position),
        positions.map((p) => p.startedOn),
        createdBy,
      ],
    );
    return rows.length === positions.length;
  }

  /** Ends a current holding (never before it started); false when there is none at this unit. */
  async end(unitId: string, positionId: string, endedOn: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE positions SET ended_on = GREATEST($3::date, started_on)
       WHERE id = $1 AND unit_id = $2 AND ended_on IS NULL`,
      [positionId, unitId, endedOn],
    );
    return result[1] > 0;
  }
}
