import type { UnitKind } from './unit-kind';

/** A unit as the API returns it. */
export interface UnitDto {
  id: string;
  /** Official statistical code; null for villages, which have none. */
  code: string | null;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  /** Number of direct children, so a tree can show an expander without another request. */
  childCount?: number;
  /** On ancestors: false when the unit lies outside the caller's jurisdiction (shown, not linked). */
  accessible?: boolean;
}

/** A unit with its ancestors, root first, for breadcrumbs. */
export interface UnitDetailDto extends UnitDto {
  ancestors: UnitDto[];
}
