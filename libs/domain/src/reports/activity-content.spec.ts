import {
  ACTIVITY_LIMITS,
  emptyActivityContent,
  residentsGuidedTotal,
  teamActivityContentSchema,
} from './activity-content';

const issues = (input: unknown) =>
  teamActivityContentSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('teamActivityContentSchema', () => {
  it('fills an empty report with zeros and empty lists', () => {
    expect(emptyActivityContent()).toEqual({
      residentsGuided: { vneid: 0, public_service_portal: 0, cashless_payment: 0, ecommerce: 0, other: 0 },
      otherPlatforms: '',
      training: { sessions: 0, participants: 0 },
      publicity: { activities: 0, description: '' },
      initiatives: [],
      commendations: [],
      notes: '',
    });
  });

  it('keeps a full report, with partial sections completed by zeros', () => {
    const content = teamActivityContentSchema.parse({
      residentsGuided: { vneid: 120, cashless_payment: 35 },
      training: { sessions: 2, participants: 64 },
      publicity: { activities: 3, description: 'Loa phát thanh thôn' },
      initiatives: [{ title: 'Góc hỗ trợ VNeID tại nhà văn hóa' }],
      commendations: [
        { nomineeKind: 'business', name: 'Bưu điện xã Vĩnh Thái', reason: 'Hỗ trợ cài đặt 200 tài khoản' },
      ],
      notes: 'Sóng yếu ở thôn Thái Lai.',
    });
    expect(content.residentsGuided).toEqual({
      vneid: 120,
      public_service_portal: 0,
      cashless_payment: 35,
      ecommerce: 0,
      other: 0,
    });
    expect(residentsGuidedTotal(content)).toBe(155);
    expect(content.initiatives).toEqual([{ title: 'Góc hỗ trợ VNeID tại nhà văn hóa', description: '' }]);
  });

  it('stores text in NFC, names on one line, free text with its line breaks', () => {
    const decomposed = 'Nguye\u0302\u0303n   Va\u0306n  A';
    const content = teamActivityContentSchema.parse({
      commendations: [
        { nomineeKind: 'resident', name: `  ${decomposed} `, reason: 'Tuye\u0302n truye\u0302\u0300n' },
      ],
      notes: '  Dòng 1\n\nDòng 2  ',
    });
    expect(content.commendations[0]!.name).toBe('Nguyễn Văn A');
    expect(content.commendations[0]!.reason).toBe('Tuyên truyền');
    expect(content.commendations[0]!.reason).toBe('Tuyên truyền'.normalize('NFC'));
    expect(content.notes).toBe('Dòng 1\n\nDòng 2');
  });

  it('refuses negative, fractional and implausible counts', () => {
    expect(issues({ residentsGuided: { vneid: -1 } })).toEqual([
      ['residentsGuided.vneid', expect.any(String)],
    ]);
    expect(issues({ training: { sessions: 1.5 } })).toEqual([
      ['training.sessions', 'must be a whole number'],
    ]);
    expect(issues({ residentsGuided: { ecommerce: ACTIVITY_LIMITS.residentsPerPlatform + 1 } })).toHaveLength(
      1,
    );
    expect(issues({ residentsGuided: { vneid: '12' } })).toHaveLength(1);
  });

  it('asks what "other" platforms are and refuses participants without a session', () => {
    expect(issues({ residentsGuided: { other: 4 }, training: { participants: 10 } })).toEqual([
      ['otherPlatforms', 'name the other platforms'],
      ['training.sessions', 'participants need at least one session'],
    ]);
    expect(issues({ residentsGuided: { other: 4 }, otherPlatforms: 'Zalo OA' })).toBeUndefined();
  });

  it('needs a name and a reason for each commendation, and caps the lists', () => {
    expect(issues({ commendations: [{ nomineeKind: 'member', name: '  ', reason: '' }] })).toEqual([
      ['commendations.0.name', 'required'],
      ['commendations.0.reason', 'a reason is required'],
    ]);
    expect(issues({ commendations: [{ nomineeKind: 'mayor', name: 'A', reason: 'B' }] })).toHaveLength(1);
    const many = Array.from({ length: ACTIVITY_LIMITS.initiatives + 1 }, (_, i) => ({
      title: `Sáng kiến ${i}`,
    }));
    expect(issues({ initiatives: many })).toHaveLength(1);
    expect(issues({ notes: 'x'.repeat(ACTIVITY_LIMITS.notesLength + 1) })).toHaveLength(1);
  });
});
