import { ErrorCode, type ErrorBody } from '@cdt/domain';
import type { Request, RequestHandler, Response } from 'express';
import type { ActorService } from '../access/actor.service';
import type { Actor } from '../common/current-user';
import { mapError } from '../common/error-mapping';

/** The board's path under the global prefix, and the cookie that carries an admin's access token to it. */
export const QUEUE_BOARD_ROUTE = '/admin/queues';
export const QUEUE_BOARD_PATH = `/api${QUEUE_BOARD_ROUTE}`;
export const QUEUE_BOARD_COOKIE = 'cdt_queue_board';

export function isAdmin(actor: Actor): boolean {
  return actor.grants.some((grant) => grant.role === 'admin');
}

/** HttpOnly, same-site, scoped to the board: the UI's own requests carry it, nothing else sees it. */
export function setBoardCookie(response: Response, request: Request, token: string, maxAgeMs: number): void {
  response.cookie(QUEUE_BOARD_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: QUEUE_BOARD_PATH,
    maxAge: maxAgeMs,
  });
}

/** The address without its `token` parameter. */
function withoutToken(address: string): string {
  const url = new URL(address, 'http://board.local');
  url.searchParams.delete('token');
  return `${url.pathname}${url.search}`;
}

function cookieToken(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === QUEUE_BOARD_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * bull-board is a plain express mount, outside Nest's guards: this middleware admits admins only. The access
 * token comes from the Authorization header, the board cookie, or `?token=` (then moved into the cookie and
 * dropped from the address, and from the request log, by a redirect: the board's own requests use the cookie).
 */
export function queueBoardGuard(actors: ActorService, cookieMaxAgeMs: number): RequestHandler {
  return (request, response, next) => {
    const header = request.headers.authorization;
    const query = typeof request.query.token === 'string' ? request.query.token : undefined;
    const token =
      (header?.startsWith('Bearer ') ? header.slice(7) : undefined) ?? query ?? cookieToken(request);
    actors.fromAccessToken(token).then(
      (actor) => {
        if (!isAdmin(actor)) {
          const body: ErrorBody = {
            code: ErrorCode.Forbidden,
            message: 'The queue dashboard is for admins.',
          };
          response.status(403).json(body);
          return;
        }
        if (query === undefined) return next();
        setBoardCookie(response, request, query, cookieMaxAgeMs);
        // The request log is written when the answer is sent: it must not carry the token either.
        request.url = withoutToken(request.url);
        request.originalUrl = withoutToken(request.originalUrl);
        response.redirect(303, request.originalUrl);
      },
      (error: unknown) => {
        const { status, body } = mapError(error);
        response.status(status).json(body);
      },
    );
  };
}
