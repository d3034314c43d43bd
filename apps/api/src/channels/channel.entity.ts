import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import {
  CHANNEL_KINDS,
  CHANNEL_MEMBER_ROLES,
  CHANNEL_STATUSES,
  DERIVED_CHANNEL_KINDS,
  type ChannelKind,
  type ChannelMemberRole,
  type ChannelStatus,
} from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { UnitEntity } from '../hierarchy/unit.entity';
import { sqlList } from '../teams/sql-list';
import { TeamEntity } from '../teams/team.entity';

/** A channel; `last_seq` and `last_revision` are advanced under this row's lock, so seqs have no holes. */
@Entity('channels')
@Unique('channels_key_key', ['key'])
@Check('channels_kind_check', `kind IN (${sqlList(CHANNEL_KINDS)})`)
@Check('channels_status_check', `status IN (${sqlList(CHANNEL_STATUSES)})`)
@Check('channels_unit_check', `(kind IN (${sqlList(DERIVED_CHANNEL_KINDS)})) = (unit_id IS NOT NULL)`)
@Check('channels_title_check', `(kind = 'working_group') = (title IS NOT NULL)`)
@Check('channels_counters_check', `last_seq >= 0 AND last_revision >= last_seq`)
@Index('channels_unit_idx', ['unitId'])
@Index('channels_team_idx', ['teamId'])
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ChannelKind;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'channels_unit_id_fkey' })
  unit?: UnitEntity;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'channels_team_id_fkey' })
  team?: TeamEntity;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ChannelStatus;

  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq: number;

  @Column({ name: 'last_revision', type: 'integer', default: 0 })
  lastRevision: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'channels_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One span of a person's membership: leaving closes it (left_at_seq), re-joining opens a new one. */
@Entity('channel_members')
@Check('channel_members_role_check', `role IN (${sqlList(CHANNEL_MEMBER_ROLES)})`)
@Check('channel_members_span_check', `left_at_seq IS NULL OR left_at_seq >= joined_at_seq`)
@Check('channel_members_left_check', `(left_at_seq IS NULL) = (left_at IS NULL)`)
@Index('channel_members_active_key', ['channelId', 'userId'], { unique: true, where: 'left_at_seq IS NULL' })
@Index('channel_members_user_idx', ['userId'])
@Index('channel_members_channel_idx', ['channelId'])
export class ChannelMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'channel_members_channel_id_fkey' })
  channel?: ChannelEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'channel_members_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  role: ChannelMemberRole;

  @Column({ name: 'joined_at_seq', type: 'integer' })
  joinedAtSeq: number;

  @Column({ name: 'left_at_seq', type: 'integer', nullable: true })
  leftAtSeq: number | null;

  @Column({ name: 'last_read_seq', type: 'integer' })
  lastReadSeq: number;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
