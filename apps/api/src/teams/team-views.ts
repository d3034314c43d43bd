import { Injectable } from '@nestjs/common';
import {
  availableRequestActions,
  groupBy,
  type MembershipRequestDto,
  type MembershipRole,
  type PersonDto,
  type TeamDetailDto,
  type TeamDto,
} from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { MembershipsRepository, type MembershipRow } from './memberships.repository';
import { PersonsRepository } from './persons.repository';
import { RequestsRepository, type RequestRow } from './requests.repository';
import { requestActorFor } from './team-access';
import { placeOf, toHistoryEntryDto, toMembershipDto, toRequest, toTeamDto } from './team.mapper';
import { TeamsRepository, type TeamRow } from './teams.repository';

/** Builds the DTOs of team screens for a caller, in a fixed number of queries however many rows there are. */
@Injectable()
export class TeamViews {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly requests: RequestsRepository,
    private readonly persons: PersonsRepository,
  ) {}

  /** The caller's active role in each team they belong to. */
  async rolesOf(actor: Actor): Promise<Map<string, MembershipRole>> {
    const mine = await this.memberships.activeOfPerson(actor.userId);
    return new Map(mine.map((m) => [m.teamId, m.role]));
  }

  async teamCards(actor: Actor, rows: readonly TeamRow[]): Promise<TeamDto[]> {
    const ids = rows.map((r) => r.id);
    const [members, pending, roles] = await Promise.all([
      this.memberships.ofTeams(ids, { activeOnly: true }),
      this.requests.pendingCounts(ids),
      this.rolesOf(actor),
    ]);
    const byTeam = groupBy(members, (m) => m.teamId);
    return rows.map((row) =>
      toTeamDto(row, byTeam.get(row.id) ?? [], pending.get(row.id) ?? 0, roles.get(row.id) ?? null),
    );
  }

  async teamDetail(actor: Actor, row: TeamRow): Promise<TeamDetailDto> {
    const [members, history, pending, roles] = await Promise.all([
      this.memberships.ofTeams([row.id], { activeOnly: false }),
      this.teams.historyOf([row.id]),
      this.requests.pendingCounts([row.id]),
      this.rolesOf(actor),
    ]);
    const active = members.filter((m: MembershipRow) => m.status === 'active');
    return {
      ...toTeamDto(row, active, pending.get(row.id) ?? 0, roles.get(row.id) ?? null),
      members: members.map(toMembershipDto),
      history: history.map(toHistoryEntryDto),
    };
  }

  /** Requests with their team, people, named history and the steps the caller may take now. */
  async requestCards(actor: Actor, rows: readonly RequestRow[]): Promise<MembershipRequestDto[]> {
    const ids = rows.map((r) => r.id);
    const [history, teams, roles] = await Promise.all([
      this.requests.historyOf(ids),
      this.teams.findByIds([...new Set(rows.map((r) => r.teamId))]),
      this.rolesOf(actor),
    ]);
    const personIds = [...rows.flatMap((r) => [r.subjectId, r.openedById]), ...history.map((h) => h.actorId)];
    const people = new Map((await this.persons.findByIds(personIds)).map((p) => [p.id, p]));
    const person = (id: string): PersonDto => people.get(id) ?? { id, fullName: '', phone: null };
    const teamById = new Map(teams.map((t) => [t.id, t]));
    return rows.map((row) => {
      const team = teamById.get(row.teamId)!;
      const request = toRequest(row, history);
      const actorOnTeam = requestActorFor(actor, placeOf(team), roles.get(team.id) ?? null);
      return {
        id: request.id,
        kind: request.kind,
        origin: request.origin,
        state: request.state,
        team: { id: team.id, name: team.name, kind: team.kind, unitId: team.unitId, unitName: team.unitName },
        subject: person(request.subjectId),
        role: request.role,
        slot: request.slot,
        membershipId: request.membershipId,
        openedBy: person(request.openedById),
        openedAt: request.openedAt,
        history: request.history.map((h) => ({ ...h, actorName: person(h.actorId).fullName })),
        availableActions: availableRequestActions(request, actorOnTeam),
      };
    });
  }
}
