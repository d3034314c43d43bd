import type { GrantRole } from '@cdt/domain';

/** A demo account: its grant is on the unit with this official code. Listed in the README. */
export interface GrantDemoAccount {
  username: string;
  fullName: string;
  role: GrantRole;
  unitCode: string;
  phone: string;
}

/** A demo account with no grant: it acts through its membership of a demo team of the commune `unitCode`. */
export interface TeamDemoAccount {
  username: string;
  fullName: string;
  role: 'team_leader' | 'team_member';
  unitCode: string;
  /** The village of its village team, or null for the commune team. */
  village: string | null;
  phone: string;
}

export type DemoAccount = GrantDemoAccount | TeamDemoAccount;

/** One account per role; two district users so that cross-district refusals can be tried by hand. */
export const DEMO_ACCOUNTS: GrantDemoAccount[] = [
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
  // Head of Vĩnh Linh's Culture and Information Office: reads the district, invited to its commune channels.
  {
    username: 'vanhoa.vinhlinh',
    fullName: 'Đoàn Thị Văn',
    role: 'viewer',
    unitCode: '464',
    phone: '0912000007',
  },
];

/** Team roles of Thị trấn Hồ Xá's demo teams (§3.1.4 chain: member → leader → commune chair chutich.hoxa). */
export const DEMO_TEAM_ACCOUNTS: TeamDemoAccount[] = [
  {
    username: 'totruong.hoxa',
    fullName: 'Nguyễn Văn Hòa',
    role: 'team_leader',
    unitCode: '19363',
    village: null,
    phone: '0912000011',
  },
  {
    username: 'totruong.khupho1',
    fullName: 'Trần Văn Phố',
    role: 'team_leader',
    unitCode: '19363',
    village: 'Khu phố 1',
    phone: '0912000012',
  },
  {
    username: 'thanhvien.khupho1',
    fullName: 'Lê Thị Mai',
    role: 'team_member',
    unitCode: '19363',
    village: 'Khu phố 1',
    phone: '0912000013',
  },
];
