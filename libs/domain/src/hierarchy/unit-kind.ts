/** Administrative unit kinds. Levels are data: a district level may be absent (2025 two-tier shape). */
export const UNIT_KINDS = ['province', 'district', 'commune', 'village'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Which kinds a unit of each kind may hang under; a commune sits under a district or directly under a province. */
export const ALLOWED_PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  province: [],
  district: ['province'],
  commune: ['district', 'province'],
  village: ['commune'],
};

export function canBeChildOf(child: UnitKind, parent: UnitKind | null): boolean {
  if (parent === null) return child === 'province';
  return ALLOWED_PARENT_KINDS[child].includes(parent);
}

/** Vietnamese administrative prefixes by kind, as written in official names. */
const ADMIN_PREFIXES = [
  'Tỉnh',
  'Thành phố',
  'Thị xã',
  'Huyện',
  'Quận',
  'Xã',
  'Phường',
  'Thị trấn',
  'Thôn',
  'Bản',
  'Khu phố',
  'Tổ dân phố',
  'Khóm',
];

/**
 * Cleans an official unit name from a data package: NFC, single spaces, prefixes in sentence case
 * ("Thị Trấn Ái Tử" → "Thị trấn Ái Tử") and the local spelling "Đakrông".
 */
export function cleanUnitName(raw: string): string {
  let name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const prefix of ADMIN_PREFIXES) {
    if (name.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi') + ' ')) {
      name = prefix + name.slice(prefix.length);
      break;
    }
  }
  return name.replace(/Đa Krông/g, 'Đakrông');
}
