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
import type { MessageVersion, Poll, SystemPayload } from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { ChannelEntity } from './channel.entity';

/**
 * A message. Its id is drawn by the API (the domain names it before storing); a null author is the hub itself.
 * (author_id, client_message_id) is the idempotency key of a send.
 */
@Entity('messages')
@Unique('messages_channel_seq_key', ['channelId', 'seq'])
@Unique('messages_author_client_key', ['authorId', 'clientMessageId'])
@Check(
  'messages_author_check',
  `(author_id IS NULL) = (system_payload IS NOT NULL) AND (author_id IS NULL) = (client_message_id IS NULL)`,
)
@Check('messages_counters_check', `seq >= 1 AND revision >= seq`)
@Index('messages_channel_revision_idx', ['channelId', 'revision'])
@Index('messages_parent_idx', ['parentId'], { where: 'parent_id IS NOT NULL' })
@Index('messages_pinned_idx', ['channelId'], { where: 'pinned_at IS NOT NULL' })
export class MessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'messages_channel_id_fkey' })
  channel?: ChannelEntity;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'messages_author_id_fkey' })
  author?: UserEntity;

  @Column({ name: 'client_message_id', type: 'uuid', nullable: true })
  clientMessageId: string | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => MessageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'messages_parent_id_fkey' })
  parent?: MessageEntity;

  @Column({ type: 'text' })
  text: string;

  /** The text folded without case and diacritics, for search. */
  @Column({ name: 'text_search', type: 'text' })
  textSearch: string;

  @Column({ name: 'mention_user_ids', type: 'uuid', array: true })
  mentionUserIds: string[];

  @Column({ name: 'mentions_all', type: 'boolean' })
  mentionsAll: boolean;

  @Column({ type: 'jsonb', nullable: true })
  poll: Poll | null;

  @Column({ name: 'system_payload', type: 'jsonb', nullable: true })
  systemPayload: SystemPayload | null;

  /** Earlier texts (edits, deletion), oldest first; never sent to clients. */
  @Column({ type: 'jsonb' })
  history: MessageVersion[];

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt: Date | null;

  @Column({ name: 'pinned_by', type: 'uuid', nullable: true })
  pinnedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'pinned_by', foreignKeyConstraintName: 'messages_pinned_by_fkey' })
  pinner?: UserEntity;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One person's current choice in a poll (a new vote replaces it). */
@Entity('poll_votes')
export class PollVoteEntity {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => MessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'poll_votes_message_id_fkey' })
  message?: MessageEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'poll_votes_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'option_ids', type: 'text', array: true })
  optionIds: string[];

  @Column({ name: 'voted_at', type: 'timestamptz' })
  votedAt: Date;
}

/** The audit log: every edit and deletion with the text it replaced. */
@Entity('message_audit')
@Check('message_audit_action_check', `action IN ('edited','deleted')`)
@Check('message_audit_text_check', `(action = 'edited') = (new_text IS NOT NULL)`)
@Index('message_audit_message_idx', ['messageId'])
export class MessageAuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => MessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'message_audit_message_id_fkey' })
  message?: MessageEntity;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'message_audit_channel_id_fkey' })
  channel?: ChannelEntity;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'message_audit_actor_id_fkey' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  action: 'edited' | 'deleted';

  @Column({ name: 'previous_text', type: 'text' })
  previousText: string;

  @Column({ name: 'new_text', type: 'text', nullable: true })
  newText: string | null;

  @Column({ name: 'poll_question', type: 'text', nullable: true })
  pollQuestion: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
