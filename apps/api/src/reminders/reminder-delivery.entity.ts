import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../access/user.entity';
import { AssignmentEntity } from '../tasks/assignment.entity';

/**
 * A reminder that went out, to one assignment (task reminders) or one person (monthly reports). Written in the
 * same transaction as its notifications, before them: a retried job finds the row and sends nothing twice.
 */
@Entity('reminder_deliveries')
@Check('reminder_deliveries_target_check', `num_nonnulls(assignment_id, recipient_id) = 1`)
@Index('reminder_deliveries_assignment_key', ['dedupeKey', 'assignmentId'], {
  unique: true,
  where: 'assignment_id IS NOT NULL',
})
@Index('reminder_deliveries_recipient_key', ['dedupeKey', 'recipientId'], {
  unique: true,
  where: 'recipient_id IS NOT NULL',
})
@Index('reminder_deliveries_assignment_idx', ['assignmentId'])
export class ReminderDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'reminder_deliveries_assignment_id_fkey' })
  assignment?: AssignmentEntity;

  @Column({ name: 'recipient_id', type: 'uuid', nullable: true })
  recipientId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'reminder_deliveries_recipient_id_fkey' })
  recipient?: UserEntity;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}
