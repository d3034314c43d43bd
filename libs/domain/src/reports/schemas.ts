import { z } from 'zod';
import { UNIT_KINDS } from '../hierarchy/unit-kind';
import { dashboardQuerySchema } from '../rollups/dashboard-schemas';
import { calendarDateSchema } from '../teams/schemas';
import { TEAM_KINDS } from '../teams/team-kind';
import { RECIPIENT_RULES, REPORT_CONTENT_KINDS } from './definitions';
import { scheduleProblem } from './period';
import { REPORT_STATES } from './report';

const DEFINITION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const definitionIdSchema = z
  .string()
  .max(60)
  .regex(DEFINITION_ID, 'a definition id is a lower-case slug');
/** "2026-11", "2026-Q4", or an ad-hoc request's id. */
export const periodIdSchema = z
  .string()
  .max(60)
  .regex(/^[A-Za-z0-9-]+$/, 'not a period id');

const localizedSchema = z.object({
  vi: z.string().normalize('NFC').trim().min(1).max(200),
  en: z.string().normalize('NFC').trim().min(1).max(200),
});
const reminderDaysSchema = z.array(z.number().int().min(1).max(60)).max(5);
const reporterRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('team'), teamKinds: z.array(z.enum(TEAM_KINDS)).min(1) }),
  z.object({ type: z.literal('unit'), unitKinds: z.array(z.enum(UNIT_KINDS)).min(1) }),
  z.object({ type: z.literal('area') }),
]);
const definitionBase = {
  id: definitionIdSchema,
  name: localizedSchema,
  contentKind: z.enum(REPORT_CONTENT_KINDS),
  reporter: reporterRuleSchema,
  recipient: z.enum(RECIPIENT_RULES),
  reminderDaysBefore: reminderDaysSchema,
};

/** A report definition entered as data by an administrator; the deadline must come after the data cut-off. */
export const reportDefinitionSchema = z.discriminatedUnion('frequency', [
  z
    .object({
      ...definitionBase,
      frequency: z.enum(['monthly', 'quarterly']),
      cutoffDay: z.number().int().min(1).max(28).nullable(),
      deadline: z.object({
        monthsAfterPeriodEnd: z.number().int().min(0).max(3),
        day: z.number().int().min(1).max(31),
      }),
    })
    .superRefine((definition, ctx) => {
      const problem = scheduleProblem(definition);
      if (problem) ctx.addIssue({ code: 'custom', path: ['deadline'], message: problem });
    }),
  z.object({ ...definitionBase, frequency: z.literal('ad_hoc') }),
]);
export type ReportDefinitionInput = z.input<typeof reportDefinitionSchema>;

/** Open a report: a team's (its leader or deputy files it) or a unit's (its office files it). */
export const openReportRequestSchema = z.object({
  definitionId: definitionIdSchema,
  periodId: periodIdSchema,
  reporter: z.union([z.strictObject({ teamId: z.uuid() }), z.strictObject({ unitId: z.uuid() })]),
});
export type OpenReportRequest = z.infer<typeof openReportRequestSchema>;

/** An on-demand report request: its data range and deadline (the period of every team's report). */
export const adHocRequestSchema = z
  .object({
    definitionId: definitionIdSchema,
    unitId: z.uuid(),
    title: z.string().normalize('NFC').trim().min(1).max(200),
    start: calendarDateSchema,
    end: calendarDateSchema,
    deadlineDate: calendarDateSchema,
  })
  .superRefine((request, ctx) => {
    if (request.end < request.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'ends before it starts' });
    if (request.deadlineDate < request.end) {
      ctx.addIssue({ code: 'custom', path: ['deadlineDate'], message: 'due before the data ends' });
    }
  });
export type AdHocRequest = z.infer<typeof adHocRequestSchema>;

/** The district official's review of a drafted compilation. */
export const compilationReviewSchema = z.object({
  summary: z.string().normalize('NFC').trim().max(8_000).default(''),
  proposals: z.string().normalize('NFC').trim().max(4_000).default(''),
});
export type CompilationReviewRequest = z.infer<typeof compilationReviewSchema>;

export const returnReportRequestSchema = z.object({
  reason: z.string().normalize('NFC').trim().min(1, 'a reason is required').max(1_000),
});
export type ReturnReportRequest = z.infer<typeof returnReportRequestSchema>;

export const acceptReportRequestSchema = z.object({
  note: z.string().normalize('NFC').trim().max(1_000).optional(),
});
export type AcceptReportRequest = z.infer<typeof acceptReportRequestSchema>;

/** Reports filed in a unit's subtree (or received by it). */
export const listReportsQuerySchema = z.object({
  unitId: z.uuid(),
  definitionId: definitionIdSchema.optional(),
  periodId: periodIdSchema.optional(),
  states: z
    .union([z.enum(REPORT_STATES), z.array(z.enum(REPORT_STATES))])
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});
export type ListReportsQuery = z.infer<typeof listReportsQuerySchema>;

/** Completeness of a definition's period over a unit's subtree. */
export const completenessQuerySchema = z.object({
  unitId: z.uuid(),
  definitionId: definitionIdSchema,
  periodId: periodIdSchema,
});
export type CompletenessQuery = z.infer<typeof completenessQuerySchema>;

export const EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_TABLES = ['dashboard', 'completeness', 'compilation', 'report'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const format = z.enum(EXPORT_FORMATS);
/** Any dashboard table or report as XLSX or PDF: the same TableModel rendered either way. */
export const exportQuerySchema = z.discriminatedUnion('table', [
  dashboardQuerySchema.safeExtend({ table: z.literal('dashboard'), format }),
  completenessQuerySchema.extend({ table: z.literal('completeness'), format }),
  z.object({ table: z.literal('compilation'), format, reportId: z.uuid() }),
  z.object({ table: z.literal('report'), format, reportId: z.uuid() }),
]);
export type ExportQuery = z.infer<typeof exportQuerySchema>;
