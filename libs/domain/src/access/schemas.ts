import { z } from 'zod';
import { GRANT_ROLES } from './roles';

/** Vietnamese mobile numbers: 10 digits starting with 0, or +84 followed by 9 digits. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(0\d{9}|\+84\d{9})$/, 'phone must be 10 digits starting with 0, or +84 and 9 digits');

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, 'username is required').max(100),
  password: z.string().min(1, 'password is required').max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const refreshRequestSchema = z.object({
  refreshToken: z.string().min(20).max(500),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export const logoutRequestSchema = z.object({
  refreshToken: z.string().min(20).max(500).optional(),
});
export type LogoutRequest = z.infer<typeof logoutRequestSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[a-z0-9._-]+$/, 'username may use lowercase letters, digits, dot, dash and underscore');

export const passwordSchema = z.string().min(8, 'password must have at least 8 characters').max(200);

export const createUserRequestSchema = z.object({
  username: usernameSchema,
  fullName: z.string().trim().min(1).max(120),
  phone: phoneSchema.optional(),
  password: passwordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z.object({
  fullName: z.string().trim().min(1).max(120).optional(),
  phone: phoneSchema.nullable().optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const createGrantRequestSchema = z.object({
  unitId: z.uuid(),
  role: z.enum(GRANT_ROLES),
});
export type CreateGrantRequest = z.infer<typeof createGrantRequestSchema>;

export const listUsersQuerySchema = z.object({
  unitId: z.uuid().optional(),
  search: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
