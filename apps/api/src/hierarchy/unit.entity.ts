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
import type { UnitKind } from '@cdt/domain';

@Entity('units')
@Check('units_kind_check', `kind IN ('province','district','commune','village')`)
@Check('units_root_is_province', `(parent_id IS NULL) = (kind = 'province')`)
@Index('units_code_key', ['code'], { unique: true, where: 'code IS NOT NULL' })
@Index('units_path_key', ['path'], { unique: true })
@Index('units_parent_idx', ['parentId'])
@Index('units_village_name_key', ['parentId', 'nameSearch'], { unique: true, where: 'code IS NULL' })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Official statistical code; villages have none. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  code: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: UnitKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'units_parent_id_fkey' })
  parent?: UnitEntity;

  /** Materialized path of ids, root first, e.g. "/p/d/c/": a subtree is one indexed prefix query. */
  @Column({ type: 'text', collation: 'C' })
  path: string;

  /** Name folded for diacritics-insensitive search ("đông hà" → "dong ha"). */
  @Column({ name: 'name_search', type: 'text' })
  nameSearch: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
