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
import { POSITIONS, type Position } from '@cdt/domain';
import { UserEntity } from '../access/user.entity';
import { UnitEntity } from '../hierarchy/unit.entity';
import { sqlList } from '../teams/sql-list';

/** An official's position at a unit (commune chair, district office heads …); ended holdings stay as history. */
@Entity('positions')
@Check('positions_position_check', `position IN (${sqlList(POSITIONS)})`)
@Check('positions_dates_check', `ended_on IS NULL OR ended_on >= started_on`)
@Index('positions_current_key', ['unitId', 'position'], { unique: true, where: 'ended_on IS NULL' })
@Index('positions_user_idx', ['userId'])
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'positions_unit_id_fkey' })
  unit?: UnitEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'positions_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  position: Position;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'positions_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
