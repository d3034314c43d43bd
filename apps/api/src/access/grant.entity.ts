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
} from 'typeorm';
import { UnitEntity } from '../hierarchy/unit.entity';
import { UserEntity } from './user.entity';
import type { GrantRole } from '@cdt/domain';

@Entity('grants')
@Check(
  'grants_role_check',
  `role IN ('admin','province_steering','district_steering','commune_chair','viewer')`,
)
@Unique('grants_user_unit_role_key', ['userId', 'unitId', 'role'])
@Index('grants_unit_idx', ['unitId'])
export class GrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @Column({ type: 'varchar', length: 32 })
  role: GrantRole;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'grants_user_id_fkey' })
  user?: UserEntity;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'grants_unit_id_fkey' })
  unit?: UnitEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'grants_created_by_fkey' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
