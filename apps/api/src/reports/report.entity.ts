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
  Unique,
} from 'typeorm';
import {
  REPORT_STATES,
  type ReportDefinition,
  type ReportHistoryEntry,
  type ReportPeriod,
  type ReportState,
  type ReporterKind,
} from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { UnitEntity } from '../hierarchy/unit.entity';
import { sqlList } from '../teams/sql-list';

/** A report definition as data (frequency, cut-off, deadline, who reports, who receives), validated on read. */
@Entity('report_definitions')
export class ReportDefinitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  id: string;

  @Column({ type: 'jsonb' })
  definition: ReportDefinition;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Display order of the definitions list. */
  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** One reporter's report for one period of one definition: a team's activity, or an area's compilation. */
@Entity('reports')
@Unique('reports_definition_period_reporter_key', ['definitionId', 'periodId', 'reporterId'])
@Check('reports_state_check', `state IN (${sqlList(REPORT_STATES)})`)
@Check('reports_reporter_kind_check', `reporter_kind IN ('team','unit')`)
@Check('reports_submitted_check', `state = 'draft' OR first_submitted_at IS NOT NULL`)
@Check('reports_accepted_check', `(state = 'accepted') = (accepted_at IS NOT NULL)`)
@Index('reports_period_path_idx', ['definitionId', 'periodId', 'reporterUnitPath'])
@Index('reports_recipient_idx', ['recipientUnitId', 'definitionId', 'periodId'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'definition_id', type: 'varchar', length: 60 })
  definitionId: string;

  @ManyToOne(() => ReportDefinitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'definition_id', foreignKeyConstraintName: 'reports_definition_id_fkey' })
  definition?: ReportDefinitionEntity;

  @Column({ name: 'period_id', type: 'varchar', length: 60 })
  periodId: string;

  /** The period as it was when the report opened: a later edit of the definition moves no past deadline. */
  @Column({ type: 'jsonb' })
  period: ReportPeriod;

  @Column({ name: 'reporter_kind', type: 'varchar', length: 8 })
  reporterKind: ReporterKind;

  /** The team's id, or the unit's id for a unit's report. */
  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @Column({ name: 'reporter_unit_id', type: 'uuid' })
  reporterUnitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_unit_id', foreignKeyConstraintName: 'reports_reporter_unit_id_fkey' })
  reporterUnit?: UnitEntity;

  @Column({ name: 'reporter_unit_path', type: 'text', collation: 'C' })
  reporterUnitPath: string;

  @Column({ name: 'recipient_unit_id', type: 'uuid' })
  recipientUnitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_unit_id', foreignKeyConstraintName: 'reports_recipient_unit_id_fkey' })
  recipientUnit?: UnitEntity;

  @Column({ type: 'varchar', length: 16 })
  state: ReportState;

  @Column({ type: 'jsonb' })
  content: unknown;

  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  @Column({ name: 'last_submitted_at', type: 'timestamptz', nullable: true })
  lastSubmittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'reports_submitted_by_fkey' })
  submitter?: UserEntity;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accepted_by', foreignKeyConstraintName: 'reports_accepted_by_fkey' })
  acceptor?: UserEntity;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  /** Compilations: when the figures were last drafted from the teams' reports and task figures. */
  @Column({ name: 'drafted_at', type: 'timestamptz', nullable: true })
  draftedAt: Date | null;

  @Column({ type: 'jsonb' })
  history: ReportHistoryEntry[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'reports_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
