import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  TASK_CATEGORIES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type ReminderPolicy,
  type TaskCategory,
  type TaskLink,
  type TaskPriority,
  type TaskStatus,
  type TaskTarget,
  type TaskTargetPerTeam,
} from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { UnitEntity } from '../hierarchy/unit.entity';
import { sqlList } from '../teams/sql-list';

/** A task issued by a unit's steering committee (or commune People's Committee) to teams in its subtree. */
@Entity('tasks')
@Check('tasks_category_check', `category IN (${sqlList(TASK_CATEGORIES)})`)
@Check('tasks_priority_check', `priority IN (${sqlList(TASK_PRIORITIES)})`)
@Check('tasks_status_check', `status IN (${sqlList(TASK_STATUSES)})`)
@Check('tasks_published_check', `status = 'draft' OR status = 'cancelled' OR published_at IS NOT NULL`)
@Index('tasks_issuer_due_idx', ['issuerUnitId', 'dueAt'])
@Index('tasks_due_idx', ['dueAt', 'id'])
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'issuer_unit_id', type: 'uuid' })
  issuerUnitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_unit_id', foreignKeyConstraintName: 'tasks_issuer_unit_id_fkey' })
  issuerUnit?: UnitEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'tasks_created_by_fkey' })
  creator?: UserEntity;

  @Column({ type: 'text' })
  title: string;

  /** The title folded for diacritics-insensitive search (foldForSearch). */
  @Column({ name: 'title_search', type: 'text' })
  titleSearch: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 32 })
  category: TaskCategory;

  @Column({ type: 'varchar', length: 16 })
  priority: TaskPriority;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'jsonb' })
  target: TaskTarget;

  @Column({ name: 'target_per_team', type: 'jsonb', nullable: true })
  targetPerTeam: TaskTargetPerTeam | null;

  @Column({ type: 'jsonb' })
  links: TaskLink[];

  @Column({ name: 'reminder_policy', type: 'jsonb' })
  reminderPolicy: ReminderPolicy;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'close_note', type: 'text', nullable: true })
  closeNote: string | null;
}
