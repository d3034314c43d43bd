import type { GrantRole } from '@cdt/domain';

/** A demo account: its grant is on the unit with this official code. Listed in the README. */
export interface DemoAccount {
  username: string;
  fullName: string;
  role: GrantRole;
  unitCode: string;
  phone: string;
}

/** One account per role; two district users so that cross-district refusals can be tried by hand. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', unitCode: '45', phone: '0912000001' },
  {
    username: 'bcd.tinh',
    fullName: 'Lê Văn Tỉnh',
    role: 'province_steering',
    unitCode: '45',
    phone: '0912000002',
  },
  {
    username: 'bcd.vinhlinh',
    fullName: 'Trần Thị Vĩnh',
    role: 'district_steering',
    unitCode: '464',
    phone: '0912000003',
  },
  {
    username: 'bcd.giolinh',
    fullName: 'Nguyễn Văn Gio',
    role: 'district_steering',
    unitCode: '466',
    phone: '0912000004',
  },
  {
    username: 'chutich.hoxa',
    fullName: 'Hoàng Văn Xá',
    role: 'commune_chair',
    unitCode: '19363',
    phone: '0912000005',
  },
  { username: 'xem.tinh', fullName: 'Phạm Thị Xem', role: 'viewer', unitCode: '45', phone: '0912000006' },
];
