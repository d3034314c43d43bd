import {
  emptyBucketCounts,
  type AssignmentBucket,
  type TaskMatrixRowDto,
  type TaskUnitRef,
} from '@cdt/domain';

/** The units a matrix can be narrowed to: each row's commune (the parent of a village team's unit). */
export function matrixUnits(rows: readonly TaskMatrixRowDto[]): TaskUnitRef[] {
  const units = new Map<string, TaskUnitRef>();
  for (const row of rows) {
    const commune = row.team.kind === 'village' ? row.parentUnit : row.unit;
    if (commune) units.set(commune.id, commune);
  }
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function inUnit(row: TaskMatrixRowDto, unitId: string | null): boolean {
  return unitId === null || row.unit.id === unitId || row.parentUnit?.id === unitId;
}

/** Rows of the chosen unit and bucket, filtered here so live patches keep them in the right place. */
export function filterMatrix(
  rows: readonly TaskMatrixRowDto[],
  unitId: string | null,
  bucket: AssignmentBucket | null,
): TaskMatrixRowDto[] {
  return rows.filter((row) => inUnit(row, unitId) && (bucket === null || row.bucket === bucket));
}

export function countBuckets(rows: readonly TaskMatrixRowDto[]): Record<AssignmentBucket, number> {
  const counts = emptyBucketCounts();
  for (const row of rows) counts[row.bucket] += 1;
  return counts;
}
