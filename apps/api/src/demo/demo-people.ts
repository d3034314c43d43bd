/** Deterministic Vietnamese names and phone numbers for demo team members (no real person is meant). */
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Công', 'Xuân'];
const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Kim', 'Hồng', 'Phương'];
const MALE_GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Trung',
  'Tuấn',
  'Việt',
  'Hiếu',
  'Tâm',
  'Lợi',
  'Phúc',
];
const FEMALE_GIVEN = [
  'Anh',
  'Chi',
  'Dung',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Nhung',
  'Oanh',
  'Quyên',
  'Thảo',
  'Trang',
  'Uyên',
  'Vân',
  'Yến',
  'Thủy',
];

/** The n-th demo name: families, middle and given names stepped by co-prime strides so neighbours differ. */
export function demoPersonName(n: number): string {
  const female = n % 2 === 1;
  const family = FAMILY[(n * 5) % FAMILY.length]!;
  const middles = female ? FEMALE_MIDDLE : MALE_MIDDLE;
  const given = female ? FEMALE_GIVEN : MALE_GIVEN;
  return `${family} ${middles[(n * 3) % middles.length]!} ${given[(n * 7) % given.length]!}`;
}

/** The n-th demo phone: a block of mobile numbers no demo account or test uses ("0868xxxxxx"). */
export function demoPhone(n: number): string {
  return `0868${String(n).padStart(6, '0')}`;
}

/** A stable small number from a text (FNV-1a), for choices that must not change between runs. */
export function demoHash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}
