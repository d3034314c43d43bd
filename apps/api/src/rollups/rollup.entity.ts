import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { BoundaryGeometry, UnitRollup } from '@cdt/domain';
import { UnitEntity } from '../hierarchy/unit.entity';
import { TaskEntity } from '../tasks/task.entity';
import { TeamEntity } from '../teams/team.entity';

/** A unit's stored figures over its whole subtree, kept current by the rollup jobs. */
@Entity('unit_rollups')
export class UnitRollupEntity {
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'unit_rollups_unit_id_fkey' })
  unit?: UnitEntity;

  @Column({ type: 'jsonb' })
  figures: UnitRollup;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}

/** One team's stored figures, written by the rollup job of the team's unit. */
@Entity('team_rollups')
@Index('team_rollups_unit_idx', ['unitId'])
export class TeamRollupEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_rollups_team_id_fkey' })
  team?: TeamEntity;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'team_rollups_unit_id_fkey' })
  unit?: UnitEntity;

  @Column({ type: 'jsonb' })
  figures: UnitRollup;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}

/** A unit's figures as one Vietnamese day ended, for trend charts (a rerun of the day overwrites). */
@Entity('rollup_snapshots')
export class RollupSnapshotEntity {
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'rollup_snapshots_unit_id_fkey' })
  unit?: UnitEntity;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'jsonb' })
  figures: UnitRollup;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;
}

/** A unit's boundary (operator data, matched by official code), drawn on the dashboard map. */
@Entity('unit_boundaries')
export class UnitBoundaryEntity {
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'unit_boundaries_unit_id_fkey' })
  unit?: UnitEntity;

  /** A GeoJSON Polygon or MultiPolygon geometry, as imported. */
  @Column({ type: 'jsonb' })
  geometry: BoundaryGeometry;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;
}

/**
 * One task's assignments in one commune's subtree, counted for filtered dashboards (a province sums a few
 * thousand of these instead of reading its assignments); rewritten by the commune's rollup job.
 */
@Entity('commune_task_parts')
@Index('commune_task_parts_path_idx', ['path'])
@Index('commune_task_parts_task_idx', ['taskId'])
export class CommuneTaskPartEntity {
  @PrimaryColumn({ name: 'commune_id', type: 'uuid' })
  communeId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commune_id', foreignKeyConstraintName: 'commune_task_parts_commune_id_fkey' })
  commune?: UnitEntity;

  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'commune_task_parts_task_id_fkey' })
  task?: TaskEntity;

  /** The commune's path, so a subtree's parts are found by prefix. */
  @Column({ type: 'text' })
  path: string;

  /** Counts per state, in ASSIGNMENT_STATES order. */
  @Column({ name: 'by_state', type: 'int', array: true })
  byState: number[];

  @Column({ name: 'done_on_time', type: 'int' })
  doneOnTime: number;

  @Column({ name: 'done_late', type: 'int' })
  doneLate: number;

  @Column({ name: 'below_target', type: 'int' })
  belowTarget: number;

  @Column({ name: 'ack_count', type: 'int' })
  ackCount: number;

  @Column({ name: 'ack_seconds', type: 'double precision' })
  ackSeconds: number;

  /** Counts per latency bin (ACK_LATENCY_BOUNDS_HOURS). */
  @Column({ name: 'ack_histogram', type: 'int', array: true })
  ackHistogram: number[];

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
