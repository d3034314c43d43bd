import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { TeamHistoryAction, TeamKind, TeamStatus } from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { UnitEntity } from '../hierarchy/unit.entity';

@Entity('teams')
@Check('teams_kind_check', `kind IN ('commune','village')`)
@Check('teams_status_check', `status IN ('proposed','active','dissolved')`)
@Check(
  'teams_decision_complete',
  `(decision_number IS NULL) = (decision_signed_on IS NULL) AND (decision_number IS NULL) = (decision_signer_name IS NULL)`,
)
@Check(
  'teams_status_dates',
  `(status <> 'active' OR activated_on IS NOT NULL) AND (status <> 'dissolved' OR (dissolved_on IS NOT NULL AND dissolution_reason IS NOT NULL))`,
)
@Index('teams_unit_kind_live_key', ['unitId', 'kind'], { unique: true, where: `status <> 'dissolved'` })
@Index('teams_unit_idx', ['unitId'])
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'teams_unit_id_fkey' })
  unit?: UnitEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: TeamKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  status: TeamStatus;

  @Column({ name: 'decision_number', type: 'varchar', length: 60, nullable: true })
  decisionNumber: string | null;

  @Column({ name: 'decision_signed_on', type: 'date', nullable: true })
  decisionSignedOn: string | null;

  @Column({ name: 'decision_signer_name', type: 'text', nullable: true })
  decisionSignerName: string | null;

  @Column({ name: 'decision_signer_id', type: 'uuid', nullable: true })
  decisionSignerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_signer_id', foreignKeyConstraintName: 'teams_decision_signer_id_fkey' })
  decisionSigner?: UserEntity;

  @Column({ name: 'activated_on', type: 'date', nullable: true })
  activatedOn: string | null;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn: string | null;

  @Column({ name: 'dissolution_reason', type: 'text', nullable: true })
  dissolutionReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'teams_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One step of a team's life (propose, establish, activate, dissolve), numbered in order. */
@Entity('team_history')
@Check('team_history_action_check', `action IN ('propose','establish','activate','dissolve')`)
export class TeamHistoryEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_history_team_id_fkey' })
  team?: TeamEntity;

  @Column({ type: 'varchar', length: 16 })
  action: TeamHistoryAction;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'team_history_actor_id_fkey' })
  actor?: UserEntity;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: TeamStatus;
}
