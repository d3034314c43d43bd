import {
  activateTeamRequestSchema,
  addMemberRequestSchema,
  applyToJoinRequestSchema,
  createTeamRequestSchema,
  dissolveTeamRequestSchema,
  endMembershipRequestSchema,
  establishTeamRequestSchema,
  listMembershipRequestsQuerySchema,
  personRefSchema,
  proposeJoinRequestSchema,
  proposeLeaveRequestSchema,
  rejectRequestSchema,
  requestStepRequestSchema,
  subtreeReportQuerySchema,
} from './schemas';

const uuid = '7d3c1e4a-5b6f-4a1b-9c2d-1e2f3a4b5c6d';
const decision = { number: ' 45/QĐ-UBND ', signedOn: '2022-05-10', signerName: 'Lê Văn B' };

describe('team request schemas', () => {
  it('accepts a team with a decision, trimming text and defaulting the signer account to null', () => {
    const parsed = createTeamRequestSchema.parse({ unitId: uuid, kind: 'village', decision });
    expect(parsed.decision).toEqual({
      number: '45/QĐ-UBND',
      signedOn: '2022-05-10',
      signerName: 'Lê Văn B',
      signerUserId: null,
    });
  });

  it('refuses an unknown kind, a bad unit id and an impossible date', () => {
    expect(createTeamRequestSchema.safeParse({ unitId: uuid, kind: 'district' }).success).toBe(false);
    expect(createTeamRequestSchema.safeParse({ unitId: 'c1', kind: 'commune' }).success).toBe(false);
    expect(
      establishTeamRequestSchema.safeParse({ decision: { ...decision, signedOn: '2022-02-30' } }).success,
    ).toBe(false);
    expect(establishTeamRequestSchema.safeParse({ decision: { ...decision, number: '  ' } }).success).toBe(
      false,
    );
    expect(activateTeamRequestSchema.safeParse({ activatedOn: '20/05/2022' }).success).toBe(false);
  });

  it('needs a reason to dissolve, reject, end a membership or propose a leave', () => {
    expect(dissolveTeamRequestSchema.safeParse({ dissolvedOn: '2022-12-01', reason: ' ' }).success).toBe(
      false,
    );
    expect(
      dissolveTeamRequestSchema.safeParse({ dissolvedOn: '2022-12-01', reason: 'Sáp nhập' }).success,
    ).toBe(true);
    expect(rejectRequestSchema.safeParse({}).success).toBe(false);
    expect(endMembershipRequestSchema.safeParse({ reason: '' }).success).toBe(false);
    expect(proposeLeaveRequestSchema.safeParse({ personId: uuid }).success).toBe(false);
    expect(requestStepRequestSchema.parse({})).toEqual({});
  });
});

describe('people and membership schemas', () => {
  it('takes an existing account or a name with a phone, not a mix', () => {
    expect(personRefSchema.parse({ userId: uuid })).toEqual({ userId: uuid });
    expect(personRefSchema.parse({ fullName: ' Trần Thị C ', phone: '0912345678' })).toEqual({
      fullName: 'Trần Thị C',
      phone: '0912345678',
    });
    expect(personRefSchema.safeParse({ fullName: 'Trần Thị C' }).success).toBe(false);
    expect(personRefSchema.safeParse({ userId: uuid, phone: '0912345678' }).success).toBe(false);
    expect(personRefSchema.safeParse({ fullName: 'C', phone: '12345' }).success).toBe(false);
  });

  it('lets an applicant ask to be member (default) or collaborator only', () => {
    expect(applyToJoinRequestSchema.parse({ slot: 'student' })).toEqual({ role: 'member', slot: 'student' });
    expect(applyToJoinRequestSchema.safeParse({ role: 'leader' }).success).toBe(false);
    expect(proposeJoinRequestSchema.parse({ person: { userId: uuid }, role: 'deputy' }).role).toBe('deputy');
  });

  it('knows the slots and tags', () => {
    expect(
      addMemberRequestSchema.safeParse({ person: { userId: uuid }, role: 'member', slot: 'youth_union' })
        .success,
    ).toBe(true);
    expect(
      addMemberRequestSchema.safeParse({ person: { userId: uuid }, role: 'member', slot: 'farmer' }).success,
    ).toBe(false);
  });
});

describe('query schemas', () => {
  it('lists pending requests by default and accepts one or many states', () => {
    expect(listMembershipRequestsQuerySchema.parse({})).toEqual({
      states: ['awaiting_leader', 'awaiting_chair'],
      limit: 50,
    });
    expect(listMembershipRequestsQuerySchema.parse({ states: 'approved', limit: '10' })).toEqual({
      states: ['approved'],
      limit: 10,
    });
    expect(listMembershipRequestsQuerySchema.safeParse({ states: ['open'] }).success).toBe(false);
  });

  it('takes a unit and an optional date for the subtree views', () => {
    expect(subtreeReportQuerySchema.parse({ unitId: uuid, asOf: '2022-08-15' })).toEqual({
      unitId: uuid,
      asOf: '2022-08-15',
    });
    expect(subtreeReportQuerySchema.safeParse({}).success).toBe(false);
  });
});
