import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TASK_NOTIFICATION_KINDS, type TaskNotificationKind } from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { sqlList } from '../teams/sql-list';

/** An in-app notification for one user (new tasks, reminders, nudges, escalations, monthly reports). */
@Entity('notifications')
@Check('notifications_kind_check', `kind IN (${sqlList(TASK_NOTIFICATION_KINDS)})`)
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
@Index('notifications_user_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: TaskNotificationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  /** Ids the client may use (taskId, assignmentId, unitId …). */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
