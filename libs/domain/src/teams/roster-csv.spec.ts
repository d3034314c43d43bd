import { ErrorCode } from '../errors/error-codes';
import { parseRoleCell, parseSlotCell } from './roster-cells';
import { canonicalPhone, rosterExportRow, rosterTeamKey, validateRosterRows } from './roster-csv';

const communeRow = (role: string, slot: string, phone: string, name = 'Nguyễn Văn A') => ({
  commune_code: '19402',
  village_name: '',
  full_name: name,
  phone,
  role,
  slot,
});
const villageRow = (role: string, slot: string, phone: string) => ({
  commune_code: '19402',
  village_name: 'Thôn Tân Mỹ',
  full_name: 'Lê Thị B',
  phone,
  role,
  slot,
});
const phone = (n: number) => `09000000${String(n).padStart(2, '0')}`;

describe('roster cells', () => {
  it('reads roles as codes or Vietnamese words, any case or accents', () => {
    expect(parseRoleCell('leader')).toBe('leader');
    expect(parseRoleCell('Tổ trưởng')).toBe('leader');
    expect(parseRoleCell('TO PHO')).toBe('deputy');
    expect(parseRoleCell(' thành viên ')).toBe('member');
    expect(parseRoleCell('CTV')).toBe('collaborator');
    expect(parseRoleCell('chủ tịch')).toBeNull();
  });

  it('reads slots per team kind: codes, labels, common short forms', () => {
    expect(parseSlotCell('commune', '')).toBeNull();
    expect(parseSlotCell('commune', 'youth_union')).toBe('youth_union');
    expect(parseSlotCell('commune', 'Bí thư Đoàn')).toBe('youth_union');
    expect(parseSlotCell('village', 'Bí thư Đoàn')).toBe('village_youth_secretary');
    expect(parseSlotCell('commune', 'Công an xã')).toBe('culture_social_or_police');
    expect(parseSlotCell('village', 'Công an')).toBe('police');
    expect(parseSlotCell('village', 'Giáo viên')).toBe('teacher');
    expect(parseSlotCell('village', 'Trưởng thôn')).toBe('village_head');
    expect(parseSlotCell('commune', 'Hội LHPN')).toBe('womens_union');
    expect(parseSlotCell('village', 'nông dân')).toBeUndefined();
  });
});

describe('validateRosterRows', () => {
  it('accepts a complete commune team and a village team, filling implied slots', () => {
    const rows = [
      communeRow('Tổ trưởng', '', phone(1)),
      communeRow('Thành viên', 'Bí thư Đoàn', phone(2)),
      communeRow('Thành viên', 'Hội LHPN', phone(3)),
      communeRow('Thành viên', 'CCHC', phone(4)),
      communeRow('Thành viên', 'Công an xã', '+84900000005'),
      villageRow('Tổ trưởng', '', phone(1)),
      villageRow('Tổ phó', '', phone(6)),
      villageRow('thành viên', 'Học sinh', phone(7)),
    ];
    const result = validateRosterRows(rows);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rows).toHaveLength(8);
    expect(result.rows[0]).toEqual({
      line: 2,
      teamKey: '19402|',
      teamKind: 'commune',
      communeCode: '19402',
      villageName: null,
      fullName: 'Nguyễn Văn A',
      phone: phone(1),
      role: 'leader',
      slot: 'commune_leadership',
    });
    expect(result.rows[4]!.phone).toBe('0900000005');
    expect(result.rows[6]).toMatchObject({
      teamKind: 'village',
      villageName: 'Thôn Tân Mỹ',
      slot: 'village_youth_secretary',
    });
  });

  it('reports every cell problem of every row, by line and column', () => {
    const result = validateRosterRows([
      { commune_code: '19A', village_name: '', full_name: ' ', phone: '123', role: 'boss', slot: '' },
      communeRow('Tổ trưởng', '', phone(1)),
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.line, p.column, p.reason, p.params])).toEqual([
      [2, 'commune_code', 'COMMUNE_CODE_FORMAT', { value: '19A' }],
      [2, 'full_name', 'FULL_NAME_REQUIRED', {}],
      [2, 'phone', 'PHONE_FORMAT', { value: '123' }],
      [2, 'role', 'ROLE_UNKNOWN', { value: 'boss' }],
    ]);
    expect(result.problems.every((p) => p.code === ErrorCode.ValidationFailed)).toBe(true);
    expect(result.rows).toHaveLength(1);
  });

  it('treats a missing column as an empty cell', () => {
    const result = validateRosterRows([{ commune_code: '19402', full_name: 'A', role: 'member' }], {
      firstLine: 10,
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 10, column: 'phone' }),
      expect.objectContaining({ line: 10, column: 'slot', code: ErrorCode.TeamSlotInvalid }),
    ]);
  });

  it('refuses the 6th core member of a commune team and the 9th of a village team, pointing to collaborators', () => {
    const commune = [
      communeRow('leader', '', phone(1)),
      communeRow('member', 'youth_union', phone(2)),
      communeRow('member', 'womens_union', phone(3)),
      communeRow('member', 'admin_reform_officer', phone(4)),
      communeRow('member', 'culture_social_or_police', phone(5)),
      communeRow('member', 'youth_union', phone(6)),
      communeRow('collaborator', 'teacher', phone(7)),
    ];
    const village = [
      villageRow('leader', '', phone(11)),
      villageRow('deputy', '', phone(12)),
      ...[13, 14, 15, 16, 17, 18].map((n) => villageRow('member', 'resident', phone(n))),
      villageRow('member', 'resident', phone(19)),
    ];
    const result = validateRosterRows([...commune, ...village]);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 7, column: null, code: ErrorCode.TeamFull }),
      expect.objectContaining({ line: 17, column: null, code: ErrorCode.TeamFull }),
    ]);
    expect(result.problems[0]!.message).toMatch(/collaborator/);
    expect(result.problems.map((p) => [p.reason, p.params])).toEqual([
      ['TEAM_FULL', { kind: 'commune', max: 5, coreCount: 5 }],
      ['TEAM_FULL', { kind: 'village', max: 8, coreCount: 8 }],
    ]);
  });

  it('refuses a person twice in the same team, a second leader and a taken seat', () => {
    const result = validateRosterRows([
      communeRow('leader', '', phone(1)),
      communeRow('member', 'youth_union', phone(1)),
      communeRow('leader', '', phone(2)),
      communeRow('member', 'youth_union', phone(3)),
      communeRow('deputy', 'youth_union', phone(4)),
      communeRow('member', 'teacher', phone(5)),
    ]);
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [3, ErrorCode.AlreadyMember],
      [4, ErrorCode.TeamRoleTaken],
      [6, ErrorCode.TeamSlotTaken],
      [7, ErrorCode.TeamSlotInvalid],
    ]);
    expect(result.problems.map((p) => p.column)).toEqual(['phone', 'role', 'slot', 'slot']);
    expect(result.problems[0]!.message).toContain('line 2');
    expect(result.problems.map((p) => [p.reason, p.params])).toEqual([
      ['DUPLICATE_PHONE', { phone: phone(1), earlierLine: 2 }],
      ['ROLE_TAKEN', { role: 'leader' }],
      ['SLOT_TAKEN', { slot: 'youth_union' }],
      [
        'SLOT_NOT_ALLOWED',
        {
          kind: 'commune',
          role: 'member',
          slot: 'teacher',
          allowed: 'youth_union, womens_union, admin_reform_officer, culture_social_or_police',
        },
      ],
    ]);
  });

  it('names a slot it cannot read', () => {
    const result = validateRosterRows([villageRow('member', 'Nông dân', phone(1))]);
    expect(result.problems).toEqual([
      {
        line: 2,
        column: 'slot',
        code: ErrorCode.TeamSlotInvalid,
        message: 'slot “Nông dân” is not a village-team slot or tag',
        reason: 'SLOT_UNKNOWN',
        params: { value: 'Nông dân', kind: 'village' },
      },
    ]);
  });

  it('checks against the members a team already has', () => {
    const existing = [{ personId: phone(1), role: 'leader' as const, slot: 'village_head' as const }];
    const result = validateRosterRows(
      [villageRow('Tổ trưởng', '', phone(2)), villageRow('member', 'resident', phone(1))],
      {
        existingMembers: (key) => (key === rosterTeamKey('19402', 'thôn tân mỹ') ? existing : []),
      },
    );
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [2, ErrorCode.TeamRoleTaken],
      [3, ErrorCode.AlreadyMember],
    ]);
  });

  it('keys village teams by folded name, so spelling variants are the same team', () => {
    expect(rosterTeamKey('19402', 'Thôn Tân Mỹ')).toBe(rosterTeamKey('19402', 'THON TAN MY'));
    expect(rosterTeamKey('19402', null)).toBe('19402|');
    expect(canonicalPhone('+84912345678')).toBe('0912345678');
  });
});

describe('rosterExportRow', () => {
  it('writes Vietnamese words that the import reads back', () => {
    const exported = rosterExportRow({
      communeCode: '19402',
      villageName: 'Thôn Tân Mỹ',
      fullName: 'Lê Thị B',
      phone: '0900000001',
      role: 'deputy',
      slot: 'village_youth_secretary',
    });
    expect(exported).toEqual({
      commune_code: '19402',
      village_name: 'Thôn Tân Mỹ',
      full_name: 'Lê Thị B',
      phone: '0900000001',
      role: 'Tổ phó',
      slot: 'Bí thư Đoàn thanh niên cấp thôn',
    });
    const back = validateRosterRows([exported]);
    expect(back.rows[0]).toMatchObject({ role: 'deputy', slot: 'village_youth_secretary' });
  });

  it('round-trips every village tag and commune seat', () => {
    const tags = [
      'police',
      'union_official',
      'teacher',
      'health_worker',
      'telecom_it_staff',
      'resident',
    ] as const;
    const rows = tags.map((slot, i) =>
      rosterExportRow({
        communeCode: '19402',
        villageName: 'Thôn X',
        fullName: 'A',
        phone: phone(i),
        role: 'collaborator',
        slot,
      }),
    );
    const seats = (
      ['youth_union', 'womens_union', 'admin_reform_officer', 'culture_social_or_police'] as const
    ).map((slot, i) =>
      rosterExportRow({
        communeCode: '19402',
        villageName: null,
        fullName: 'A',
        phone: phone(50 + i),
        role: 'member',
        slot,
      }),
    );
    const result = validateRosterRows([...rows, ...seats]);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.slot)).toEqual([
      ...tags,
      'youth_union',
      'womens_union',
      'admin_reform_officer',
      'culture_social_or_police',
    ]);
  });
});
