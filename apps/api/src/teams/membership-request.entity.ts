import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  MEMBERSHIP_ROLES,
  REQUEST_HISTORY_ACTIONS,
  REQUEST_STATES,
  TEAM_SLOTS,
  type MembershipRole,
  type RequestHistoryAction,
  type RequestKind,
  type RequestOrigin,
  type RequestState,
  type TeamSlot,
} from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { MembershipEntity } from './membership.entity';
import { sqlList } from './sql-list';
import { TeamEntity } from './team.entity';

/** A join or leave request and where it stands in the chain (person → team leader → commune chair). */
@Entity('membership_requests')
@Check('membership_requests_kind_check', `kind IN ('join','leave')`)
@Check('membership_requests_origin_check', `origin IN ('self','team_leadership')`)
@Check('membership_requests_role_check', `role IN (${sqlList(MEMBERSHIP_ROLES)})`)
@Check('membership_requests_slot_check', `slot IS NULL OR slot IN (${sqlList(TEAM_SLOTS)})`)
@Check('membership_requests_state_check', `state IN (${sqlList(REQUEST_STATES)})`)
@Index('membership_requests_pending_key', ['teamId', 'subjectId'], {
  unique: true,
  where: `state IN ('awaiting_leader','awaiting_chair')`,
})
@Index('membership_requests_team_state_idx', ['teamId', 'state'])
@Index('membership_requests_subject_idx', ['subjectId'])
export class MembershipRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  kind: RequestKind;

  @Column({ type: 'varchar', length: 16 })
  origin: RequestOrigin;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'membership_requests_team_id_fkey' })
  team?: TeamEntity;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id', foreignKeyConstraintName: 'membership_requests_subject_id_fkey' })
  subject?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  role: MembershipRole;

  @Column({ type: 'varchar', length: 32, nullable: true })
  slot: TeamSlot | null;

  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'membership_requests_membership_id_fkey' })
  membership?: MembershipEntity;

  @Column({ type: 'varchar', length: 16 })
  state: RequestState;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by', foreignKeyConstraintName: 'membership_requests_opened_by_fkey' })
  opener?: UserEntity;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One step of a request (apply, nominate, approve …) with who took it, when, and their note. */
@Entity('request_history')
@Check('request_history_action_check', `action IN (${sqlList(REQUEST_HISTORY_ACTIONS)})`)
export class RequestHistoryEntity {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @ManyToOne(() => MembershipRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'request_history_request_id_fkey' })
  request?: MembershipRequestEntity;

  @Column({ type: 'varchar', length: 16 })
  action: RequestHistoryAction;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'request_history_actor_id_fkey' })
  actor?: UserEntity;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: RequestState;
}
