import type { UnitKind } from '@cdt/domain';

/** Common village names of central Vietnam, combined deterministically so every run makes the same demo. */
const VILLAGE_NAMES = [
  'An Hòa',
  'Tân Lập',
  'Phú Thạnh',
  'Đông Thành',
  'Xuân Mỹ',
  'Thượng Nghĩa',
  'Hạ Nghĩa',
  'Trung Hải',
  'Bắc Bình',
  'Nam Sơn',
  'Phước Thị',
  'Mỹ Lộc',
  'Vĩnh An',
  'Hòa Bình',
  'Cát Sơn',
  'Lâm Xuân',
  'Phú Hậu',
  'Tân Định',
  'Kim Long',
  'Đại An',
  'Thạch Hãn',
  'Bích La',
  'An Xá',
  'Cổ Thành',
];

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Plausible villages for a commune: "Thôn …" in a rural xã, "Khu phố N" in a phường or thị trấn. */
export function demoVillageNames(commune: { code: string | null; name: string; kind: UnitKind }): string[] {
  const seed = hash(commune.code ?? commune.name);
  const count = 4 + (seed % 5);
  if (!commune.name.startsWith('Xã')) return Array.from({ length: count }, (_, i) => `Khu phố ${i + 1}`);
  const names: string[] = [];
  for (let i = 0; names.length < count; i += 1) {
    const name = `Thôn ${VILLAGE_NAMES[(seed + i * 7) % VILLAGE_NAMES.length]}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
