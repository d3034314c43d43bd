import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  assignmentActorFor,
  canSeeAssignment,
  canSeeUnit,
  isTaskIssuer,
  type AssignmentActor,
  type MembershipRole,
} from '@cdt/domain';
import { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { MembershipsRepository } from '../teams/memberships.repository';
import type { AssignmentVisibility } from './task-sql';

/** The caller with what every task rule asks of them: grants, team roles, and the assignments they see. */
export interface Caller {
  actor: Actor;
  /** The caller's active role in each team they belong to. */
  roles: ReadonlyMap<string, MembershipRole>;
  visibility: AssignmentVisibility;
}

/** Jurisdiction for tasks, from the domain's predicates (visibility.ts): one place, reused by every service. */
@Injectable()
export class TaskAccess {
  constructor(
    private readonly actors: ActorService,
    private readonly memberships: MembershipsRepository,
  ) {}

  async callerOf(actor: Actor): Promise<Caller> {
    const mine = await this.memberships.activeOfPerson(actor.userId);
    const roles = new Map(mine.map((m) => [m.teamId, m.role]));
    return {
      actor,
      roles,
      visibility: { scopePaths: this.actors.scopePaths(actor), teamIds: [...roles.keys()] },
    };
  }

  isIssuer(actor: Actor, issuerUnitPath: string): boolean {
    return isTaskIssuer(actor.grants, issuerUnitPath);
  }

  /** Grants covering the issuing unit see the task and all its assignments (drafts too). */
  seesIssuerUnit(actor: Actor, issuerUnitPath: string): boolean {
    return canSeeUnit(actor.grants, issuerUnitPath);
  }

  /**
   * Refuses (403) a caller who is neither a member of the team nor holds a grant on its unit or above; the
   * caller's role in the team (null: not a member) comes with the assignment's row, so this needs no query.
   */
  assertSeesAssignment(
    actor: Actor,
    assignment: { teamId: string; unitPath: string; myRole: MembershipRole | null },
  ): void {
    const viewer = { grants: actor.grants, teamIds: assignment.myRole ? [assignment.teamId] : [] };
    if (!canSeeAssignment(viewer, { teamId: assignment.teamId, teamUnitPath: assignment.unitPath })) {
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'This assignment is outside your jurisdiction.');
    }
  }

  assignmentActor(
    actor: Actor,
    assignment: { issuerUnitPath: string; myRole: MembershipRole | null },
  ): AssignmentActor {
    return assignmentActorFor(actor.userId, assignment.myRole, actor.grants, assignment.issuerUnitPath);
  }
}
