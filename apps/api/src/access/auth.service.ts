import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type LoginRequest, type LoginResponse, type UserDto } from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { DomainException } from '../common/domain.exception';
import { AccessRepository, type UserRow } from './access.repository';
import { toUserDto } from './access.mapper';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly repo: AccessRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login(input: LoginRequest, address: string, userAgent: string | null): Promise<LoginResponse> {
    await this.limiter.assertAllowed(input.username, address);
    const user = await this.repo.findUserByLogin(input.username);
    const valid = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    if (!user || !valid) {
      await this.limiter.recordFailure(input.username, address);
      this.logger.warn({ login: input.username, address }, 'failed sign-in');
      throw new DomainException(ErrorCode.InvalidCredentials, 'Wrong username or password.');
    }
    if (user.disabled) throw new DomainException(ErrorCode.AccountDisabled, 'This account is disabled.');
    await this.limiter.recordSuccess(input.username);
    const sessionId = await this.repo.createSession(user.id, userAgent);
    return this.issue(user, sessionId);
  }

  /** Rotates a refresh token; presenting one that was already used revokes its whole session family. */
  async refresh(refreshToken: string): Promise<LoginResponse> {
    const used = await this.repo.useRefreshToken(TokenService.hashRefresh(refreshToken));
    if (!used) throw new DomainException(ErrorCode.TokenInvalid, 'Unknown refresh token; sign in again.');
    if (!used.firstUse) {
      await this.repo.revokeSession(used.sessionId, 'refresh_reuse');
      this.logger.warn(
        { sessionId: used.sessionId, userId: used.userId },
        'refresh token reuse: session revoked',
      );
      throw new DomainException(
        ErrorCode.RefreshReused,
        'This refresh token was already used; sign in again.',
      );
    }
    if (used.revoked || used.expired) {
      throw new DomainException(ErrorCode.TokenInvalid, 'This session has ended; sign in again.');
    }
    const user = await this.repo.findUserById(used.userId);
    if (!user) throw new DomainException(ErrorCode.TokenInvalid, 'Unknown user; sign in again.');
    if (user.disabled) throw new DomainException(ErrorCode.AccountDisabled, 'This account is disabled.');
    return this.issue(user, used.sessionId);
  }

  async logout(actor: Actor): Promise<void> {
    await this.repo.revokeSession(actor.sessionId, 'logout');
  }

  async me(actor: Actor): Promise<UserDto> {
    const user = await this.repo.findUserById(actor.userId);
    if (!user) throw new DomainException(ErrorCode.UserNotFound, 'Unknown user.');
    return toUserDto(user, await this.repo.grantsOf([user.id]));
  }

  private async issue(user: UserRow, sessionId: string): Promise<LoginResponse> {
    const refresh = this.tokens.newRefreshToken();
    await this.repo.insertRefreshToken(sessionId, refresh.hash, refresh.expiresAt);
    return {
      accessToken: this.tokens.signAccess({ sub: user.id, sid: sessionId }),
      refreshToken: refresh.token,
      expiresIn: this.tokens.accessTtlSeconds,
      user: toUserDto(user, await this.repo.grantsOf([user.id])),
    };
  }
}
