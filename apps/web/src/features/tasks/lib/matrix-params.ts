import { ASSIGNMENT_BUCKETS, TEAM_KINDS, type AssignmentBucket, type TeamKind } from '@cdt/domain';

/** A province-wide task has ~1,100 teams: one page shows this many, the pager the rest. */
export const MATRIX_PAGE_SIZE = 100;
/** The API's ceiling for one matrix page (taskMatrixQuerySchema). */
const MAX_PAGE_SIZE = 2000;

/** URL search param of each matrix filter. */
const PARAM_OF = { unitId: 'unit', bucket: 'bucket', teamKind: 'kind', q: 'q' } as const;
export type MatrixFilterName = keyof typeof PARAM_OF;

export interface MatrixView {
  unitId?: string;
  bucket?: AssignmentBucket;
  teamKind?: TeamKind;
  q?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

/** The matrix view a URL asks for; anything unknown or malformed falls back to the default. */
export function matrixParamsFrom(params: URLSearchParams): MatrixView {
  return {
    unitId: params.get(PARAM_OF.unitId) || undefined,
    bucket: oneOf(ASSIGNMENT_BUCKETS, params.get(PARAM_OF.bucket)),
    teamKind: oneOf(TEAM_KINDS, params.get(PARAM_OF.teamKind)),
    q: params.get(PARAM_OF.q)?.trim() || undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('limit'), MATRIX_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

/** The URL with one filter changed; a real change goes back to the first page, a repeat changes nothing. */
export function withMatrixFilter(
  previous: URLSearchParams,
  name: MatrixFilterName,
  value: string | null,
): URLSearchParams {
  const key = PARAM_OF[name];
  if ((previous.get(key) ?? null) === (value || null)) return previous;
  const next = new URLSearchParams(previous);
  if (value) next.set(key, value);
  else next.delete(key);
  next.delete('page');
  return next;
}

/** How many pages `total` rows fill (at least one, so the pager never shows zero pages). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
