import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ASSIGNMENT_STATES, TIMELINE_ACTIONS, type AssignmentState, type TimelineAction } from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { UnitEntity } from '../hierarchy/unit.entity';
import { TeamEntity } from '../teams/team.entity';
import { sqlList } from '../teams/sql-list';
import { TaskEntity } from './task.entity';

/** One team's share of a task; the unit path is copied so subtree filters need no join. */
@Entity('assignments')
@Unique('assignments_task_team_key', ['taskId', 'teamId'])
@Check('assignments_state_check', `state IN (${sqlList(ASSIGNMENT_STATES)})`)
@Check('assignments_progress_check', `progress IS NULL OR progress >= 0`)
@Index('assignments_task_path_idx', ['taskId', 'unitPath'])
@Index('assignments_team_state_idx', ['teamId', 'state'])
// Declared by its migration (INCLUDE columns, which TypeORM cannot describe): left out of schema comparison.
@Index('assignments_path_idx', { synchronize: false })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'assignments_task_id_fkey' })
  task?: TaskEntity;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'assignments_team_id_fkey' })
  team?: TeamEntity;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'assignments_unit_id_fkey' })
  unit?: UnitEntity;

  @Column({ name: 'unit_path', type: 'text', collation: 'C' })
  unitPath: string;

  @Column({ type: 'varchar', length: 16 })
  state: AssignmentState;

  @Column({ type: 'integer', nullable: true })
  progress: number | null;

  @Column({ name: 'target_value', type: 'integer', nullable: true })
  targetValue: number | null;

  /** The latest note the team wrote (the timeline keeps every one). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'declined_reason', type: 'text', nullable: true })
  declinedReason: string | null;

  @Column({ name: 'last_nudged_at', type: 'timestamptz', nullable: true })
  lastNudgedAt: Date | null;

  /** The last change of state or progress (the domain's lastChangedAt). */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One step of an assignment's life; a client action id is stored once per assignment (offline retries). */
@Entity('assignment_timeline')
@Unique('assignment_timeline_client_action_key', ['assignmentId', 'clientActionId'])
@Check('assignment_timeline_action_check', `action IN (${sqlList(TIMELINE_ACTIONS)})`)
@Check(
  'assignment_timeline_from_check',
  `from_state IS NULL OR from_state IN (${sqlList(ASSIGNMENT_STATES)})`,
)
@Check('assignment_timeline_to_check', `to_state IN (${sqlList(ASSIGNMENT_STATES)})`)
export class AssignmentTimelineEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'assignment_timeline_assignment_id_fkey' })
  assignment?: AssignmentEntity;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'assignment_timeline_actor_id_fkey' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  action: TimelineAction;

  @Column({ name: 'from_state', type: 'varchar', length: 16, nullable: true })
  fromState: AssignmentState | null;

  @Column({ name: 'to_state', type: 'varchar', length: 16 })
  toState: AssignmentState;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'integer', nullable: true })
  progress: number | null;

  @Column({ name: 'client_action_id', type: 'uuid', nullable: true })
  clientActionId: string | null;
}
