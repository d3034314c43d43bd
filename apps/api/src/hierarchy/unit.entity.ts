import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { UnitKind } from '@cdt/domain';

@Entity('units')
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

  /** Materialized path of ids, root first, e.g. "/p/d/c/": a subtree is one indexed prefix query. */
  @Column({ type: 'text' })
  path: string;

  /** Name folded for diacritics-insensitive search ("đông hà" → "dong ha"). */
  @Column({ name: 'name_search', type: 'text' })
  nameSearch: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
