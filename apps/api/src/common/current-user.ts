import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { GrantRole } from '@cdt/domain';

/** A grant as the guard loads it: with the unit's path, so jurisdiction checks need no query. */
export interface ActorGrant {
  id: string;
  role: GrantRole;
  unitId: string;
  unitPath: string;
}

/** The authenticated caller, attached to the request (HTTP) or socket data (WS) by the auth layer. */
export interface Actor {
  userId: string;
  sessionId: string;
  username: string;
  grants: ActorGrant[];
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  if (!request.actor) throw new Error('CurrentUser used on a public route');
  return request.actor;
});
