import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  COMMUNE_MEMBER_SLOTS,
  VILLAGE_MEMBER_TAGS,
  addMember,
  proposeTeam,
  transitionTeam,
  type Membership,
  type MembershipRole,
  type Team,
  type TeamKind,
  type TeamSlot,
} from '@cdt/domain';
import { unwrap } from '../common/domain-result';
import { UnitsRepository, type UnitRow } from '../hierarchy/units.repository';
import { PositionsRepository, type NewPosition } from '../positions/positions.repository';
import { MembershipsRepository } from '../teams/memberships.repository';
import { PersonsRepository, type NewPerson } from '../teams/persons.repository';
import { TeamsRepository } from '../teams/teams.repository';
import { demoHash, demoPersonName, demoPhone } from './demo-people';

/** Expansion communes per district (by code): "some districts 1–3" (§2 asks 3–5, so most fall short). */
const EXPANSION_COMMUNES: Record<string, number> = { '464': 3, '465': 2, '466': 1, '469': 2, '470': 3 };

/** Deliberate departures from §3.1, so that the compliance view has something to show. */
export const DEMO_DEPARTURES = {
  /** Thị trấn Gio Linh: its commune team has no Youth Union member (4 of 5). */
  communeWithoutYouthUnion: '19495',
  /** Thị trấn Cửa Việt: its first village team has 4 core members. */
  villageOfFour: '19496',
  /** Thị trấn Ái Tử: its second village team has no deputy. */
  villageWithoutDeputy: '19624',
  /** Xã Hải Quế (expansion): its last village team is still only proposed, its roster half assembled. */
  proposedVillage: '19696',
} as const;

const HO_XA = '19363';
const VINH_LINH = '464';

/** The accounts the demo teams need by username (chair, operator, team-role accounts). */
export type DemoAccountIds = ReadonlyMap<string, string>;

interface RosterSeat {
  personId: string;
  role: MembershipRole;
  slot: TeamSlot | null;
}

interface TeamSpec {
  unit: UnitRow;
  kind: TeamKind;
  signedOn: string;
  /** Null leaves the team proposed (no decision, not launched). */
  activatedOn: string | null;
  roster: RosterSeat[];
}

const day = (month: number, dayOfMonth: number) =>
  `2022-${String(month).padStart(2, '0')}-${String(Math.min(dayOfMonth, 28)).padStart(2, '0')}`;
const at = (date: string) => `${date}T01:30:00.000Z`;

/** Builds the demo registry through the domain's own rules, so the data is what the API could have made. */
export class DemoTeamsPlan {
  readonly persons: NewPerson[] = [];
  readonly teams: Team[] = [];
  readonly memberships: Membership[] = [];
  readonly positions: NewPosition[] = [];
  private count = 0;

  constructor(private readonly accounts: DemoAccountIds) {}

  account(username: string): string {
    const id = this.accounts.get(username);
    if (!id) throw new Error(`Demo account ${username} is missing`);
    return id;
  }

  /** A new person (no password) with the next name and phone. */
  person(): string {
    this.count += 1;
    const phone = demoPhone(this.count);
    const id = randomUUID();
    this.persons.push({ id, username: `p${phone}`, fullName: demoPersonName(this.count), phone });
    return id;
  }

  communeRoster(leader: string, omit: TeamSlot[] = []): RosterSeat[] {
    return [
      { personId: leader, role: 'leader', slot: 'commune_leadership' },
      ...COMMUNE_MEMBER_SLOTS.filter((slot) => !omit.includes(slot)).map((slot) => ({
        personId: this.person(),
        role: 'member' as const,
        slot,
      })),
    ];
  }

  /** Leader, deputy (unless left out) and members tagged in turn, `core` people in all. */
  villageRoster(core: number, seed: number, options: { withDeputy?: boolean; leader?: string } = {}) {
    const roster: RosterSeat[] = [
      { personId: options.leader ?? this.person(), role: 'leader', slot: 'village_head' },
    ];
    if (options.withDeputy !== false) {
      roster.push({ personId: this.person(), role: 'deputy', slot: 'village_youth_secretary' });
    }
    for (let i = 0; roster.length < core; i += 1) {
      const tag = VILLAGE_MEMBER_TAGS[(seed + i) % VILLAGE_MEMBER_TAGS.length]!;
      roster.push({ personId: this.person(), role: 'member', slot: tag });
    }
    return roster;
  }

  /** Proposes the team with its signed decision, launches it, and adds its roster, as the chair would. */
  team(spec: TeamSpec, signer: { name: string; userId: string | null }, actorId: string): void {
    const number = `${(demoHash(spec.unit.id + spec.kind) % 180) + 20}/QĐ-UBND`;
    const proposed = unwrap(
      proposeTeam({
        id: randomUUID(),
        unit: spec.unit,
        kind: spec.kind,
        decision:
          spec.activatedOn === null
            ? undefined
            : { number, signedOn: spec.signedOn, signerName: signer.name, signerUserId: signer.userId },
        existingTeams: [],
        actorId,
        at: at(spec.signedOn),
      }),
    );
    let team = proposed.team;
    if (spec.activatedOn !== null) {
      const command = { type: 'activate' as const, activatedOn: spec.activatedOn };
      team = unwrap(transitionTeam(team, command, { id: actorId }, at(spec.activatedOn))).team;
    }
    const roster: Membership[] = [];
    for (const seat of spec.roster) {
      const added = unwrap(
        addMember(team, roster, seat, {
          membershipId: randomUUID(),
          actorId,
          at: at(spec.activatedOn ?? spec.signedOn),
        }),
      );
      roster.push(added.membership);
    }
    this.teams.push(team);
    this.memberships.push(...roster);
  }
}

/** A village team's roster: 5–8 people, except the Hồ Xá account holders' teams and the deliberate departures. */
function villageSeats(
  plan: DemoTeamsPlan,
  where: { commune: UnitRow; village: UnitRow; index: number; pilot: boolean; proposedOnly: boolean },
): RosterSeat[] {
  const { commune, index, pilot } = where;
  const seed = demoHash(where.village.name + (commune.code ?? ''));
  if (commune.code === HO_XA && index === 0) {
    // Khu phố 1: the leader and a member are demo accounts; 6 of 8 seats, so new members can still join.
    const tags: TeamSlot[] = ['police', 'health_worker', 'resident'];
    return [
      { personId: plan.account('totruong.khupho1'), role: 'leader', slot: 'village_head' },
      { personId: plan.person(), role: 'deputy', slot: 'village_youth_secretary' },
      { personId: plan.account('thanhvien.khupho1'), role: 'member', slot: 'teacher' },
      ...tags.map((slot) => ({ personId: plan.person(), role: 'member' as const, slot })),
    ];
  }
  if (commune.code === HO_XA && index === 1) {
    // Khu phố 2: full (8), with a collaborator group beside it (§3.1.4).
    return [
      ...plan.villageRoster(8, seed),
      { personId: plan.person(), role: 'collaborator', slot: 'student' },
      { personId: plan.person(), role: 'collaborator', slot: 'telecom_it_staff' },
    ];
  }
  if (commune.code === DEMO_DEPARTURES.villageOfFour && index === 0) return plan.villageRoster(4, seed);
  if (commune.code === DEMO_DEPARTURES.villageWithoutDeputy && index === 1) {
    return plan.villageRoster(6, seed, { withDeputy: false });
  }
  if (where.proposedOnly) return plan.villageRoster(3, seed);
  return plan.villageRoster(5 + (seed % (pilot ? 4 : 3)), seed);
}

const byCode = (a: UnitRow, b: UnitRow) => (a.code ?? '').localeCompare(b.code ?? '');
const byName = (a: UnitRow, b: UnitRow) => a.name.localeCompare(b.name, 'vi', { numeric: true });

/**
 * The roll-out as the plan shaped it (§2): in every district two pilot communes (decisions May–July 2022),
 * each with a commune team of 5 and two village teams of 5–8; in some districts 1–3 expansion communes
 * (Aug–Oct 2022) with several village teams. Thị trấn Hồ Xá is a pilot, its teams held by the demo accounts.
 */
export function planDemoTeams(units: readonly UnitRow[], accounts: DemoAccountIds): DemoTeamsPlan {
  const plan = new DemoTeamsPlan(accounts);
  const operator = plan.account('admin');
  const children = (parent: UnitRow, kind: UnitRow['kind']) =>
    units.filter((u) => u.parentId === parent.id && u.kind === kind);
  const districts = units.filter((u) => u.kind === 'district').sort(byCode);

  districts.forEach((district, d) => {
    const communes = children(district, 'commune').sort(byCode);
    const expansion = EXPANSION_COMMUNES[district.code ?? ''] ?? 0;
    communes.slice(0, 2 + expansion).forEach((commune, c) => {
      const pilot = c < 2;
      const hoXa = commune.code === HO_XA;
      const actorId = hoXa ? plan.account('chutich.hoxa') : operator;
      const signer = hoXa
        ? { name: 'Hoàng Văn Xá', userId: plan.account('chutich.hoxa') }
        : { name: demoPersonName(1000 + (demoHash(commune.name) % 500)), userId: null };
      const signedOn = pilot ? day(5, 6 + d * 2 + c) : day(8, 4 + d * 2 + c * 3);
      const omit: TeamSlot[] =
        commune.code === DEMO_DEPARTURES.communeWithoutYouthUnion ? ['youth_union'] : [];
      const leader = hoXa ? plan.account('totruong.hoxa') : plan.person();
      plan.team(
        {
          unit: commune,
          kind: 'commune',
          signedOn,
          activatedOn: pilot ? day(5, 12 + d * 2 + c) : day(8, 12 + d * 2 + c * 3),
          roster: plan.communeRoster(leader, omit),
        },
        signer,
        actorId,
      );

      const villages = children(commune, 'village').sort(byName);
      const count = pilot ? 2 : Math.min(villages.length, 5 + (demoHash(commune.name) % 4));
      villages.slice(0, count).forEach((village, v) => {
        const proposedOnly = commune.code === DEMO_DEPARTURES.proposedVillage && v === count - 1;
        const roster = villageSeats(plan, { commune, village, index: v, pilot, proposedOnly });
        const villageSigned = pilot ? day(6, 2 + d * 2 + c + v * 3) : day(9, 2 + d + c * 2 + v * 2);
        plan.team(
          {
            unit: village,
            kind: 'village',
            signedOn: villageSigned,
            activatedOn: proposedOnly
              ? null
              : pilot
                ? day(7, 1 + d * 2 + c + v * 3)
                : day(10, 1 + d + c * 2 + v * 2),
            roster,
          },
          signer,
          actorId,
        );
      });
    });
  });

  const hoXa = units.find((u) => u.code === HO_XA);
  const vinhLinh = units.find((u) => u.code === VINH_LINH);
  if (hoXa) {
    plan.positions.push({
      unitId: hoXa.id,
      userId: plan.account('chutich.hoxa'),
      position: 'commune_chair',
      startedOn: '2021-06-28',
    });
  }
  if (vinhLinh) {
    plan.positions.push(
      {
        unitId: vinhLinh.id,
        userId: plan.account('vanhoa.vinhlinh'),
        position: 'culture_info_head',
        startedOn: '2020-03-01',
      },
      { unitId: vinhLinh.id, userId: plan.person(), position: 'education_head', startedOn: '2019-09-01' },
      {
        unitId: vinhLinh.id,
        userId: plan.person(),
        position: 'youth_union_secretary',
        startedOn: '2022-04-15',
      },
    );
  }
  return plan;
}

/** Writes the demo team registry in a handful of bulk statements (the whole bootstrap stays a few seconds). */
@Injectable()
export class DemoTeamsSeeder {
  constructor(
    private readonly units: UnitsRepository,
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly persons: PersonsRepository,
    private readonly positions: PositionsRepository,
  ) {}

  async seed(province: UnitRow, accounts: DemoAccountIds): Promise<{ teams: number; memberships: number }> {
    const plan = planDemoTeams(await this.units.subtree(province.path), accounts);
    await this.teams.transaction(async (manager) => {
      await this.persons.insertMany(manager, plan.persons, null);
      await this.teams.insertMany(manager, plan.teams, null);
      await this.memberships.insertMany(manager, plan.memberships, null);
      await this.positions.insertMany(plan.positions, null, manager);
    });
    return { teams: plan.teams.length, memberships: plan.memberships.length };
  }
}
