import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  addMember,
  endMembership,
  proposeTeam,
  transitionTeam,
  type ActivateTeamRequest,
  type AddMemberRequest,
  type CreateTeamRequest,
  type DissolveTeamRequest,
  type EndMembershipRequest,
  type EstablishTeamRequest,
  type ListTeamsQuery,
  type Membership,
  type MembershipRequest,
  type TeamCommand,
  type TeamDetailDto,
  type TeamDomainEvent,
  type TeamDto,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository } from '../hierarchy/units.repository';
import { MembershipsRepository } from './memberships.repository';
import { PersonsService } from './persons.service';
import { rejectBecauseClosed } from './request-closing';
import { RequestsRepository } from './requests.repository';
import { canGovernTeam, canReadTeam, type TeamPlace } from './team-access';
import { TeamEventsPublisher } from './team-events.publisher';
import { placeOf, toMembership, toRequest, toTeam } from './team.mapper';
import { TeamViews } from './team-views';
import { TeamsRepository, type TeamRow } from './teams.repository';

/** The unit's path without its last id: the parent's path ("/p/d/c/v/" → "/p/d/c/"). */
export function parentPath(path: string): string {
  return path.replace(/[^/]+\/$/, '');
}

/** Teams and their rosters: every method checks access, asks the domain, then writes in one transaction. */
@Injectable()
export class TeamsService {
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

  async list(actor: Actor, query: ListTeamsQuery): Promise<TeamDto[]> {
    let subtreePath: string | undefined;
    if (query.unitId) {
      const unit = await this.units.findById(query.unitId);
      if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
      subtreePath = unit.path;
    }
    const rows = await this.teams.list({
      subtreePath,
      scopePaths: this.actors.scopePaths(actor),
      memberId: actor.userId,
      mineOnly: query.mine,
      kind: query.kind,
      status: query.status,
      limit: query.limit,
    });
    return this.views.teamCards(actor, rows);
  }

  async get(actor: Actor, id: string): Promise<TeamDetailDto> {
    const row = await this.findTeam(id);
    const roles = await this.views.rolesOf(actor);
    if (!canReadTeam(actor.grants, placeOf(row), roles.get(id) ?? null)) {
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'This team is outside your jurisdiction.');
    }
    return this.views.teamDetail(actor, row);
  }

  async create(actor: Actor, input: CreateTeamRequest): Promise<TeamDetailDto> {
    const unit = await this.units.findById(input.unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'Unknown unit.');
    const communePath =
      unit.kind === 'commune' ? unit.path : unit.kind === 'village' ? parentPath(unit.path) : null;
    this.assertGoverns(actor, { unitPath: unit.path, communePath }, null);
    const signer = input.decision?.signerUserId;
    if (signer) await this.assertPersonExists(signer);
    const id = randomUUID();
    const events = await this.teams.transaction(async (manager) => {
      const existing = await this.teams.liveOfUnits([unit.id], manager, true);
      const proposed = unwrap(
        proposeTeam({
          id,
          unit,
          kind: input.kind,
          name: input.name,
          decision: input.decision,
          existingTeams: existing,
          actorId: actor.userId,
          at: new Date().toISOString(),
          note: input.note,
        }),
      );
      await this.teams.insertMany(manager, [proposed.team], actor.userId).catch(uniqueLiveTeam);
      return proposed.events;
    });
    this.events.publish(events, new Map([[id, unit.path]]));
    return this.get(actor, id);
  }

  establish(actor: Actor, id: string, input: EstablishTeamRequest): Promise<TeamDetailDto> {
    return this.transition(actor, id, { type: 'establish', ...input });
  }

  activate(actor: Actor, id: string, input: ActivateTeamRequest): Promise<TeamDetailDto> {
    return this.transition(actor, id, { type: 'activate', ...input });
  }

  /** Dissolving also ends every active membership and refuses every pending request, in the same transaction. */
  dissolve(actor: Actor, id: string, input: DissolveTeamRequest): Promise<TeamDetailDto> {
    return this.transition(actor, id, { type: 'dissolve', ...input });
  }

  async addMember(actor: Actor, id: string, input: AddMemberRequest): Promise<TeamDetailDto> {
    await this.governedChange(actor, id, async (manager, row, members, at) => {
      const personId = await this.persons.resolve(manager, input.person, actor.userId);
      const added = unwrap(
        addMember(
          toTeam(row, []),
          members,
          { personId, role: input.role, slot: input.slot },
          { membershipId: randomUUID(), actorId: actor.userId, at },
        ),
      );
      await this.memberships.insertMany(manager, [added.membership], actor.userId);
      const closed = await this.closePending(manager, row, personId, actor.userId, at, 'Added directly');
      return [...added.events, ...closed];
    });
    return this.get(actor, id);
  }

  async removeMember(
    actor: Actor,
    id: string,
    membershipId: string,
    input: EndMembershipRequest,
  ): Promise<TeamDetailDto> {
    await this.governedChange(actor, id, async (manager, row, _members, at) => {
      const found = await this.memberships.findById(membershipId, manager);
      if (!found || found.teamId !== id) {
        throw new DomainException(ErrorCode.MembershipNotFound, 'This team has no such membership.');
      }
      const ended = unwrap(
        endMembership(toTeam(row, []), toMembership(found), {
          actorId: actor.userId,
          at,
          reason: input.reason,
          requestId: null,
        }),
      );
      await this.memberships.saveEnded(manager, [ended.membership]);
      const closed = await this.closePending(manager, row, found.personId, actor.userId, at, input.reason);
      return [...ended.events, ...closed];
    });
    return this.get(actor, id);
  }

  private async transition(actor: Actor, id: string, command: TeamCommand): Promise<TeamDetailDto> {
    if (command.type === 'establish' && command.decision.signerUserId) {
      await this.assertPersonExists(command.decision.signerUserId);
    }
    await this.governedChange(actor, id, async (manager, row, members, at) => {
      const team = toTeam(row, await this.teams.historyOf([id], manager));
      const next = unwrap(transitionTeam(team, command, { id: actor.userId }, at));
      await this.teams.save(manager, next.team, team.history.length);
      if (command.type !== 'dissolve') return next.events;
      const ended = members.map((m) =>
        unwrap(
          endMembership(next.team, m, { actorId: actor.userId, at, reason: command.reason, requestId: null }),
        ),
      );
      await this.memberships.saveEnded(
        manager,
        ended.map((e) => e.membership),
      );
      const note = `Team dissolved: ${command.reason}`;
      const closed = await this.closePending(manager, row, null, actor.userId, at, note);
      return [...next.events, ...ended.flatMap((e) => e.events), ...closed];
    });
    return this.get(actor, id);
  }

  /**
   * Runs a governing change under the team's row lock, with its active roster, then publishes the events
   * once committed. Only the commune chair of the team's commune or a steering role covering it may.
   */
  private async governedChange(
    actor: Actor,
    id: string,
    work: (
      manager: EntityManager,
      row: TeamRow,
      members: Membership[],
      at: string,
    ) => Promise<TeamDomainEvent[]>,
  ): Promise<void> {
    let unitPath = '';
    const events = await this.teams.transaction(async (manager) => {
      const row = await this.teams.findById(id, manager, true);
      if (!row) throw new DomainException(ErrorCode.TeamNotFound, 'Unknown team.');
      unitPath = row.unitPath;
      const active = await this.memberships.ofTeams([id], { activeOnly: true }, manager);
      const myRole = active.find((m) => m.personId === actor.userId)?.role ?? null;
      this.assertGoverns(actor, placeOf(row), myRole);
      return work(manager, row, active.map(toMembership), new Date().toISOString());
    });
    this.events.publish(events, new Map([[id, unitPath]]));
  }

  /** Refuses anyone but the team's governors: 403 FORBIDDEN when they can read it, OUT_OF_JURISDICTION otherwise. */
  private assertGoverns(actor: Actor, place: TeamPlace, myRole: Membership['role'] | null): void {
    if (canGovernTeam(actor.grants, place)) return;
    if (canReadTeam(actor.grants, place, myRole)) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Only the chair of the team’s commune or a steering committee covering it can do this.',
      );
    }
    throw new DomainException(ErrorCode.OutOfJurisdiction, 'This team is outside your jurisdiction.');
  }

  /** Refuses the pending requests of a team (or of one person in it) that a change made moot. */
  private async closePending(
    manager: EntityManager,
    row: TeamRow,
    subjectId: string | null,
    actorId: string,
    at: string,
    note: string,
  ): Promise<TeamDomainEvent[]> {
    const pending = (await this.requests.pendingOfTeam(row.id, manager, true)).filter(
      (r) => subjectId === null || r.subjectId === subjectId,
    );
    const history = await this.requests.historyOf(
      pending.map((r) => r.id),
      manager,
    );
    const events: TeamDomainEvent[] = [];
    for (const pendingRow of pending) {
      const request: MembershipRequest = toRequest(pendingRow, history);
      const closed = rejectBecauseClosed(request, toTeam(row, []), { actorId, at, note });
      await this.requests.save(manager, closed.request, request.history.length);
      events.push(...closed.events);
    }
    return events;
  }

  private async findTeam(id: string): Promise<TeamRow> {
    const row = await this.teams.findById(id);
    if (!row) throw new DomainException(ErrorCode.TeamNotFound, 'Unknown team.');
    return row;
  }

  private async assertPersonExists(userId: string): Promise<void> {
    const [person] = await this.persons.findByIds([userId]);
    if (!person) throw new DomainException(ErrorCode.UserNotFound, 'Unknown signer.');
  }
}

/** A concurrent creation lost the race on the one-live-team-per-unit index: the same refusal as the rule's. */
function uniqueLiveTeam(error: unknown): never {
  const failed = error as { constraint?: string; driverError?: { constraint?: string } };
  if ((failed.driverError?.constraint ?? failed.constraint) === 'teams_unit_kind_live_key') {
    throw new DomainException(ErrorCode.TeamAlreadyExists, 'This unit already has a team of this kind.');
  }
  throw error;
}
