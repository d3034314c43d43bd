import { createZodDto } from 'nestjs-zod';
import {
  createGrantRequestSchema,
  createUserRequestSchema,
  listUsersQuerySchema,
  loginRequestSchema,
  logoutRequestSchema,
  refreshRequestSchema,
  updateUserRequestSchema,
} from '@cdt/domain';
import { z } from 'zod';

export class LoginBody extends createZodDto(loginRequestSchema) {}
export class RefreshBody extends createZodDto(refreshRequestSchema) {}
export class LogoutBody extends createZodDto(logoutRequestSchema) {}
export class CreateUserBody extends createZodDto(createUserRequestSchema) {}
export class UpdateUserBody extends createZodDto(updateUserRequestSchema) {}
export class CreateGrantBody extends createZodDto(createGrantRequestSchema) {}
export class ListUsersQuery extends createZodDto(listUsersQuerySchema) {}
export class UserIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
export class GrantIdParam extends createZodDto(z.object({ id: z.uuid(), grantId: z.uuid() })) {}
