import { Injectable } from '@nestjs/common';
import { ErrorCode, canManageUnit, canSeeUnit, rootPaths } from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { AccessRepository } from './access.repository';
import { TokenService } from './token.service';

/** Turns an access token into an Actor and answers jurisdiction questions about it. */
@Injectable()
export class ActorService {
  constructor(
    private readonly tokens: TokenService,
    private readonly repo: AccessRepository,
  ) {}

  /** Verifies the token and loads the caller, refusing revoked sessions and disabled accounts at once. */
  async fromAccessToken(token: string | undefined): Promise<Actor> {
    if (!token)
      throw new DomainException(ErrorCode.Unauthenticated, 'Sign in first: no access token was sent.');
    const claims = this.tokens.verifyAccess(token);
    const state = await this.repo.sessionState(claims.sub, claims.sid);
    if (!state || state.sessionRevoked) {
      throw new DomainException(ErrorCode.TokenInvalid, 'This session has ended; sign in again.');
    }
    if (state.disabled) throw new DomainException(ErrorCode.AccountDisabled, 'This account is disabled.');
    return { userId: state.userId, sessionId: claims.sid, username: state.username, grants: state.grants };
  }

  scopePaths(actor: Actor): string[] {
    return rootPaths(actor.grants.map((g) => g.unitPath));
  }

  managedScopePaths(actor: Actor): string[] {
    return rootPaths(actor.grants.filter((g) => canManageUnit([g], g.unitPath)).map((g) => g.unitPath));
  }

  assertCanSee(actor: Actor, unitPath: string): void {
    if (!canSeeUnit(actor.grants, unitPath)) {
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'This unit is outside your jurisdiction.');
    }
  }

  assertCanManage(actor: Actor, unitPath: string): void {
    if (!canManageUnit(actor.grants, unitPath)) {
      throw new DomainException(ErrorCode.OutOfJurisdiction, 'You cannot manage this unit.');
    }
  }
}
