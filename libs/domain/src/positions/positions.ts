import { z } from 'zod';
import type { UnitKind } from '../hierarchy/unit-kind';

/**
 * Officials' positions at a unit (issue 3): approvals, channels and reports are addressed to whoever holds
 * them — the commune chair approves members; the district's Culture and Information Office head, Education
 * and Training Office head and Youth Union secretary are invited to the commune channels (§3.3).
 */
export const POSITIONS = [
  'commune_chair',
  'culture_info_head',
  'education_head',
  'youth_union_secretary',
] as const;
export type Position = (typeof POSITIONS)[number];

/** The unit kinds each position exists at; a province without districts holds the district-level offices. */
export const POSITION_UNIT_KINDS: Record<Position, readonly UnitKind[]> = {
  commune_chair: ['commune'],
  culture_info_head: ['district', 'province'],
  education_head: ['district', 'province'],
  youth_union_secretary: ['province', 'district', 'commune'],
};

export function positionFitsUnit(position: Position, kind: UnitKind): boolean {
  return POSITION_UNIT_KINDS[position].includes(kind);
}

export const POSITION_LABELS_VI: Record<Position, string> = {
  commune_chair: 'Chủ tịch UBND xã',
  culture_info_head: 'Trưởng phòng Văn hóa và Thông tin',
  education_head: 'Trưởng phòng Giáo dục và Đào tạo',
  youth_union_secretary: 'Bí thư Đoàn Thanh niên',
};

export const createPositionRequestSchema = z.object({
  userId: z.uuid(),
  position: z.enum(POSITIONS),
  startedOn: z.iso.date('date must be YYYY-MM-DD'),
});
export type CreatePositionRequest = z.infer<typeof createPositionRequestSchema>;

/** A position held now at a unit. */
export interface PositionDto {
  id: string;
  unitId: string;
  position: Position;
  holder: { id: string; fullName: string; phone: string | null };
  startedOn: string;
}
