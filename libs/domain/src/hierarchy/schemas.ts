import { z } from 'zod';

export const unitSearchQuerySchema = z.object({
  search: z.string().trim().max(100).optional(),
  kind: z.enum(['province', 'district', 'commune', 'village']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type UnitSearchQuery = z.infer<typeof unitSearchQuerySchema>;

export const uuidParamSchema = z.object({ id: z.uuid() });

/**
 * One row of a village CSV (`npm run units:import-villages -- file.csv`).
 * Columns: commune_code (official code of the commune), name (village name), kind (optional: thôn/bản/khu phố/tổ dân phố).
 */
export const villageCsvRowSchema = z.object({
  commune_code: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/, 'commune_code must be the commune’s official code (digits)'),
  name: z.string().trim().min(1, 'name is required').max(120),
});
export type VillageCsvRow = z.infer<typeof villageCsvRowSchema>;
