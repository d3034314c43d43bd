import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { ErrorCode, type AccessTokenClaims } from '@cdt/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainException } from '../common/domain.exception';

/** Short-lived signed access tokens, and opaque refresh tokens of which only a hash is stored. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get accessTtlSeconds(): number {
    return this.config.JWT_ACCESS_TTL_SECONDS;
  }

  signAccess(claims: AccessTokenClaims): string {
    return this.jwt.sign(claims, { expiresIn: this.config.JWT_ACCESS_TTL_SECONDS, algorithm: 'HS256' });
  }

  verifyAccess(token: string): AccessTokenClaims {
    try {
      const claims = this.jwt.verify<AccessTokenClaims & { exp: number }>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new Error('bad claims');
      return { sub: claims.sub, sid: claims.sid };
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new DomainException(ErrorCode.TokenExpired, 'The access token has expired; refresh it.');
      }
      throw new DomainException(ErrorCode.TokenInvalid, 'The access token is not valid.');
    }
  }

  newRefreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.JWT_REFRESH_TTL_DAYS * 86_400_000);
    return { token, hash: TokenService.hashRefresh(token), expiresAt };
  }

  static hashRefresh(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
