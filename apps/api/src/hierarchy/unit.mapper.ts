import type { UnitDto } from '@cdt/domain';
import type { UnitRow } from './units.repository';

export function toUnitDto(row: UnitRow): UnitDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parentId,
    childCount: row.childCount,
  };
}
