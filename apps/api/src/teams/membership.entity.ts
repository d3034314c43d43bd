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
  MEMBERSHIP_ROLES,
  TEAM_SLOTS,
  type MembershipRole,
  type MembershipStatus,
  type TeamSlot,
} from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { sqlList } from './sql-list';
import { TeamEntity } from './team.entity';

/** A person's membership in a team (person = user account). */
@Entity('memberships')
@Check('memberships_role_check', `role IN (${sqlList(MEMBERSHIP_ROLES)})`)
@Check('memberships_slot_check', `slot IS NULL OR slot IN (${sqlList(TEAM_SLOTS)})`)
@Check('memberships_status_check', `status IN ('active','ended')`)
@Check('memberships_ended_check', `(status = 'active') = (ended_on IS NULL)`)
@Check('memberships_dates_check', `ended_on IS NULL OR ended_on >= started_on`)
@Index('memberships_active_person_key', ['teamId', 'userId'], { unique: true, where: `status = 'active'` })
@Index('memberships_team_idx', ['teamId'])
@Index('memberships_user_idx', ['userId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'memberships_team_id_fkey' })
  team?: TeamEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'memberships_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  role: MembershipRole;

  @Column({ type: 'varchar', length: 32, nullable: true })
  slot: TeamSlot | null;

  @Column({ type: 'varchar', length: 16 })
  status: MembershipStatus;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'memberships_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
