import { z } from 'zod';

const DEV_JWT_SECRET = 'cdt-hub-development-secret-do-not-use-in-production';

/** Every setting the processes read, validated once at start-up. `.env.example` documents each. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/)
      .default('cdt'),
    JWT_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
    JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
    JWT_REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    LOGIN_MAX_FAILS_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILS_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    LOGIN_FAIL_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    DEMO_PASSWORD: z.string().min(8).default('cdt-demo-2022'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().optional(),
    WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
  })
  .transform((env) => ({ ...env, JWT_SECRET: env.JWT_SECRET ?? DEV_JWT_SECRET }));

export type AppConfig = z.infer<typeof envSchema>;
