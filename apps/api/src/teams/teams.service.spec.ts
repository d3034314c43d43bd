import { Logger, type INestApplicationContext } from '@nestjs/common';
import type { TeamDomainEvent } from '@cdt/domain';
import { DataSource } from 'typeorm';
import { createTestContext } from '../../../../test/support/context';
import { AccessRepository } from '../access/access.repository';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository } from '../hierarchy/units.repository';
import { MembershipRequestsService } from './membership-requests.service';
import { TeamEventBus } from './team-events.publisher';
import { TeamsService } from './teams.service';

/** Services over the real database, on Hướng Hóa communes no demo team or other test file touches (Đakrông is the rollup storm's). */
describe('TeamsService and MembershipRequestsService (real PostgreSQL)', () => {
  let ctx: INestApplicationContext;
  let db: DataSource;
  let teams: TeamsService;
  let requests: MembershipRequestsService;
  let bus: TeamEventBus;
  let admin: Actor;

  const actorFor = async (username: string): Promise<Actor> => {
    const access = ctx.get(AccessRepository);
    const user = (await access.findUserByLogin(username))!;
    const grants = await access.grantsOf([user.id]);
    return { userId: user.id, sessionId: 'spec', username, grants };
  };
  const count = async (sql: string, params: unknown[]) =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

  beforeAll(async () => {
    ctx = await createTestContext();
    db = ctx.get(DataSource);
    teams = ctx.get(TeamsService);
    requests = ctx.get(MembershipRequestsService);
    bus = ctx.get(TeamEventBus);
    admin = await actorFor('admin');
  });
  afterAll(() => ctx.close());

  async function activeVillageTeam(communeCode: string) {
    const units = ctx.get(UnitsRepository);
    const commune = (await units.findByCode(communeCode))!;
    const village = (await units.findChildren(commune.id))[0]!;
    const decision = {
      number: '1/QĐ-UBND',
      signedOn: '2023-01-02',
      signerName: 'Chủ tịch',
      signerUserId: null,
    };
    const team = await teams.create(admin, { unitId: village.id, kind: 'village', decision });
    return teams.activate(admin, team.id, { activatedOn: '2023-01-05' });
  }

  it('records a person created on the spot without a password, under a username from the phone', async () => {
    const team = await activeVillageTeam('19462');
    const added = await teams.addMember(admin, team.id, {
      person: { fullName: '  Nguyễn   Văn  Mới ', phone: '+84977400001' },
      role: 'leader',
    });
    const leader = added.members[0]!;
    expect(leader.person).toMatchObject({ fullName: 'Nguyễn Văn Mới', phone: '0977400001' });
    const [row] = await db.query<{ username: string; password_hash: string | null }[]>(
      `SELECT username, password_hash FROM users WHERE id = $1`,
      [leader.person.id],
    );
    expect(row).toEqual({ username: 'p0977400001', password_hash: null });
    const again = await teams
      .addMember(admin, team.id, {
        person: { fullName: 'Tên Khác', phone: '0977400001' },
        role: 'member',
        slot: 'resident',
      })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(DomainException);
    expect((again as DomainException).code).toBe('ALREADY_MEMBER');
  });

  it('dissolves in one transaction: memberships end, pending requests are refused, events go out in order', async () => {
    const team = await activeVillageTeam('19465');
    await teams.addMember(admin, team.id, {
      person: { fullName: 'Trưởng Thôn', phone: '0977400011' },
      role: 'leader',
    });
    const member = await teams.addMember(admin, team.id, {
      person: { fullName: 'Thành Viên', phone: '0977400012' },
      role: 'member',
      slot: 'resident',
    });
    const memberId = member.members.find((m) => m.role === 'member')!.person.id;
    const applicant = await actorFor('xem.tinh');
    const applied = await requests.apply(applicant, team.id, { role: 'collaborator', slot: null });

    const seen: TeamDomainEvent[] = [];
    const stopSeeing = bus.subscribe((event) => void seen.push(event));
    const stopFailing = bus.subscribe(() => {
      throw new Error('a broken listener');
    });
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let failures = 0;
    try {
      const dissolved = await teams.dissolve(admin, team.id, {
        dissolvedOn: '2023-05-01',
        reason: 'Giải thể',
      });
      expect(dissolved.status).toBe('dissolved');
      failures = logged.mock.calls.length;
    } finally {
      stopSeeing();
      stopFailing();
      logged.mockRestore();
    }
    // The broken listener was logged once per event and stopped neither the others nor the dissolution.
    expect(failures).toBe(4);
    expect(seen.map((e) => e.type)).toEqual([
      'TeamDissolved',
      'MembershipEnded',
      'MembershipEnded',
      'MembershipRejected',
    ]);
    expect(seen.every((e) => e.teamId === team.id && e.actorId === admin.userId)).toBe(true);
    expect(seen.find((e) => e.type === 'MembershipRejected')!.payload).toMatchObject({
      requestId: applied.id,
      subjectId: applicant.userId,
      stage: 'team_leader',
    });
    expect(await count(`memberships WHERE team_id = $1 AND status = 'active'`, [team.id])).toBe(0);
    expect(
      await count(`memberships WHERE team_id = $1 AND user_id = $2 AND end_reason = 'Giải thể'`, [
        team.id,
        memberId,
      ]),
    ).toBe(1);
    expect(await count(`membership_requests WHERE team_id = $1 AND state = 'rejected'`, [team.id])).toBe(1);
    expect(await count(`team_history WHERE team_id = $1`, [team.id])).toBe(4);
  });

  it('writes nothing for a refused step: history, memberships and events stay as they were', async () => {
    const team = await activeVillageTeam('19468');
    await teams.addMember(admin, team.id, {
      person: { fullName: 'Trưởng', phone: '0977400021' },
      role: 'leader',
    });
    const applicant = await actorFor('xem.tinh');
    const applied = await requests.apply(applicant, team.id, { role: 'member', slot: 'resident' });
    const before = {
      history: await count(`request_history WHERE request_id = $1`, [applied.id]),
      members: await count(`memberships WHERE team_id = $1`, [team.id]),
    };
    const seen: TeamDomainEvent[] = [];
    const stop = bus.subscribe((event) => void seen.push(event));
    try {
      // The admin governs the team but is not its commune's chair: the chain gives them no step.
      await expect(requests.step(admin, applied.id, 'approve', undefined)).rejects.toMatchObject({
        code: 'REQUEST_ACTOR_NOT_ALLOWED',
      });
      await expect(requests.step(applicant, applied.id, 'nominate', undefined)).rejects.toMatchObject({
        code: 'REQUEST_ACTOR_NOT_ALLOWED',
      });
    } finally {
      stop();
    }
    expect(seen).toEqual([]);
    expect(await count(`request_history WHERE request_id = $1`, [applied.id])).toBe(before.history);
    expect(await count(`memberships WHERE team_id = $1`, [team.id])).toBe(before.members);
    expect(await count(`membership_requests WHERE id = $1 AND state = 'awaiting_leader'`, [applied.id])).toBe(
      1,
    );
  });
});
