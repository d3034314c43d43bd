import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  nextRequestState,
  openMembershipRequest,
  type ApplyToJoinRequest,
  type AskToLeaveRequest,
  type ListMembershipRequestsQuery,
  type MembershipRequestDto,
  type MembershipRole,
  type ProposeJoinRequest,
  type ProposeLeaveRequest,
  type RequestAction,
  type RequestKind,
  type TeamDomainEvent,
  type TeamSlot,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository } from '../hierarchy/units.repository';
import { MembershipsRepository } from './memberships.repository';
import { PersonsService } from './persons.service';
import { RequestsRepository } from './requests.repository';
import { requestActorFor } from './team-access';
import { TeamEventsPublisher } from './team-events.publisher';
import { placeOf, toMembership, toRequest, toTeam } from './team.mapper';
import { TeamViews } from './team-views';
import { TeamsRepository } from './teams.repository';

interface OpenParams {
  kind: RequestKind;
  /** The person joining or leaving; may record a new person (inside the transaction). */
  subject: (manager: EntityManager) => Promise<string>;
  role?: MembershipRole;
  slot?: TeamSlot | null;
  note?: string | null;
  /** Proposals on someone's behalf are for the team's leader or deputy: refused before anyone is recorded. */
  leadershipOnly: boolean;
}

/**
 * Join and leave requests (§3.1.4): the person asks or the leader proposes, the leader nominates or forwards,
 * the commune chair approves. The domain decides every step from who the caller is relative to the team.
 */
@Injectable()
export class MembershipRequestsService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly requests: RequestsRepository,
    private readonly units: UnitsRepository,
    private readonly persons: PersonsService,
    private readonly actors: ActorService,
    private readonly views: TeamViews,
    private readonly events: TeamEventsPublisher,
  ) {}

  apply(actor: Actor, teamId: string, input: ApplyToJoinRequest): Promise<MembershipRequestDto> {
    return this.open(actor, teamId, {
      kind: 'join',
      subject: () => Promise.resolve(actor.userId),
      role: input.role,
      slot: input.slot,
      note: input.note,
      leadershipOnly: false,
    });
  }

  proposeJoin(actor: Actor, teamId: string, input: ProposeJoinRequest): Promise<MembershipRequestDto> {
    return this.open(actor, teamId, {
      kind: 'join',
      subject: (manager) => this.persons.resolve(manager, input.person, actor.userId),
      role: input.role,
      slot: input.slot,
      note: input.note,
      leadershipOnly: true,
    });
  }

  askToLeave(actor: Actor, teamId: string, input: AskToLeaveRequest): Promise<MembershipRequestDto> {
    return this.open(actor, teamId, {
      kind: 'leave',
      subject: () => Promise.resolve(actor.userId),
      note: input.note,
      leadershipOnly: false,
    });
  }

  proposeLeave(actor: Actor, teamId: string, input: ProposeLeaveRequest): Promise<MembershipRequestDto> {
    return this.open(actor, teamId, {
      kind: 'leave',
      subject: () => Promise.resolve(input.personId),
      note: input.note,
      leadershipOnly: true,
    });
  }

  /** One step of the chain; a refused step writes nothing (the transaction rolls back on the coded error). */
  async step(
    actor: Actor,
    requestId: string,
    type: RequestAction,
    note: string | undefined,
  ): Promise<MembershipRequestDto> {
    const found = await this.requests.findById(requestId);
    if (!found) throw new DomainException(ErrorCode.MembershipRequestNotFound, 'Unknown request.');
    let unitPath = '';
    const events = await this.teams.transaction(async (manager) => {
      // Team first, then request: the same lock order as every roster change.
      const team = await this.teams.findById(found.teamId, manager, true);
      const row = await this.requests.findById(requestId, manager, true);
      if (!team || !row) throw new DomainException(ErrorCode.MembershipRequestNotFound, 'Unknown request.');
      unitPath = team.unitPath;
      const request = toRequest(row, await this.requests.historyOf([requestId], manager));
      const members = (await this.memberships.ofTeams([team.id], { activeOnly: true }, manager)).map(
        toMembership,
      );
      const myRole = members.find((m) => m.personId === actor.userId)?.role ?? null;
      const result = unwrap(
        nextRequestState(
          request,
          { type, at: new Date().toISOString(), note, newMembershipId: randomUUID() },
          requestActorFor(actor, placeOf(team), myRole),
          { team: toTeam(team, []), members },
        ),
      );
      // The membership first: the request refers to the one it created.
      if (result.membership?.status === 'active') {
        await this.memberships.insertMany(manager, [result.membership], actor.userId);
      } else if (result.membership) {
        await this.memberships.saveEnded(manager, [result.membership]);
      }
      await this.requests.save(manager, result.request, request.history.length);
      return result.events;
    });
    this.events.publish(events, new Map([[found.teamId, unitPath]]));
    return this.card(actor, requestId);
  }

  /** The caller's inbox: requests of teams their grants cover, teams they lead or deputise, and their own. */
  async list(actor: Actor, query: ListMembershipRequestsQuery): Promise<MembershipRequestDto[]> {
    let subtreePath: string | undefined;
    if (query.unitId) {
      const unit = await this.units.findById(query.unitId);
      if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
      subtreePath = unit.path;
    }
    const rows = await this.requests.list({
      states: query.states,
      kind: query.kind,
      teamId: query.teamId,
      subtreePath,
      scopePaths: this.actors.scopePaths(actor),
      readerId: actor.userId,
      limit: query.limit,
    });
    return this.views.requestCards(actor, rows);
  }

  private async open(actor: Actor, teamId: string, params: OpenParams): Promise<MembershipRequestDto> {
    const id = randomUUID();
    let unitPath = '';
    const events = await this.teams.transaction(async (manager): Promise<TeamDomainEvent[]> => {
      const team = await this.teams.findById(teamId, manager, true);
      if (!team) throw new DomainException(ErrorCode.TeamNotFound, 'Unknown team.');
      unitPath = team.unitPath;
      const members = (await this.memberships.ofTeams([teamId], { activeOnly: true }, manager)).map(
        toMembership,
      );
      const myRole = members.find((m) => m.personId === actor.userId)?.role ?? null;
      const requestActor = requestActorFor(actor, placeOf(team), myRole);
      if (params.leadershipOnly && !requestActor.isTeamLeader && !requestActor.isTeamDeputy) {
        throw new DomainException(
          ErrorCode.RequestActorNotAllowed,
          'Only the team’s leader or deputy can propose someone',
        );
      }
      const opened = unwrap(
        openMembershipRequest({
          id,
          kind: params.kind,
          context: { team: toTeam(team, []), members },
          subjectId: await params.subject(manager),
          role: params.role,
          slot: params.slot,
          actor: requestActor,
          at: new Date().toISOString(),
          note: params.note,
          existingRequests: await this.requests.pendingOfTeam(teamId, manager),
        }),
      );
      await this.requests.insert(manager, opened.request);
      return opened.events;
    });
    this.events.publish(events, new Map([[teamId, unitPath]]));
    return this.card(actor, id);
  }

  private async card(actor: Actor, requestId: string): Promise<MembershipRequestDto> {
    const [card] = await this.views.requestCards(actor, await this.requests.findByIds([requestId]));
    return card!;
  }
}
