import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '@cdt/domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainException } from '../common/domain.exception';
import { REDIS } from '../redis/redis.module';

/** Counts failed sign-ins per account and per address in Redis, so limits hold across API processes. */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const duration = config.LOGIN_FAIL_WINDOW_SECONDS;
    const keyPrefix = `${config.QUEUE_PREFIX}:login-fail`;
    this.perAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${keyPrefix}:acct`,
      points: config.LOGIN_MAX_FAILS_PER_ACCOUNT,
      duration,
    });
    this.perAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${keyPrefix}:addr`,
      points: config.LOGIN_MAX_FAILS_PER_ADDRESS,
      duration,
    });
  }

  /** Refuses before any password check when the account or the address has used up its failures. */
  async assertAllowed(login: string, address: string): Promise<void> {
    const [account, addr] = await Promise.all([
      this.perAccount.get(login.toLowerCase()),
      this.perAddress.get(address),
    ]);
    const blocked = [
      [account, this.perAccount.points],
      [addr, this.perAddress.points],
    ].find(([res, points]) => res instanceof RateLimiterRes && res.consumedPoints >= (points as number));
    if (blocked) {
      const retryAfterSeconds = Math.ceil((blocked[0] as RateLimiterRes).msBeforeNext / 1000);
      throw new DomainException(
        ErrorCode.TooManyAttempts,
        `Too many failed sign-ins; try again in ${retryAfterSeconds} seconds.`,
        { retryAfterSeconds },
      );
    }
  }

  async recordFailure(login: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(login.toLowerCase(), 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(login: string): Promise<void> {
    await this.perAccount.delete(login.toLowerCase());
  }
}
