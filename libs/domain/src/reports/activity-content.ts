import { z } from 'zod';
import type { LocalizedText } from './localized';

/** Platforms teams guide residents on (§3.2), as the monthly form counts them. */
export const GUIDANCE_PLATFORMS = [
  'vneid',
  'public_service_portal',
  'cashless_payment',
  'ecommerce',
  'other',
] as const;
export type GuidancePlatform = (typeof GUIDANCE_PLATFORMS)[number];

export const GUIDANCE_PLATFORM_LABELS: Record<GuidancePlatform, LocalizedText> = {
  vneid: { vi: 'VNeID', en: 'VNeID' },
  public_service_portal: { vi: 'Cổng Dịch vụ công', en: 'Public service portal' },
  cashless_payment: { vi: 'Thanh toán không dùng tiền mặt', en: 'Cashless payment apps' },
  ecommerce: { vi: 'Sàn thương mại điện tử', en: 'E-commerce platforms' },
  other: { vi: 'Nền tảng khác', en: 'Other platforms' },
};

/** §3.2: commendations are proposed for residents, businesses and team members with outstanding results. */
export const NOMINEE_KINDS = ['resident', 'business', 'member'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const NOMINEE_KIND_LABELS: Record<NomineeKind, LocalizedText> = {
  resident: { vi: 'Người dân', en: 'Resident' },
  business: { vi: 'Doanh nghiệp, hộ kinh doanh', en: 'Business' },
  member: { vi: 'Thành viên Tổ', en: 'Team member' },
};

/** Upper bounds a month of one team's work stays well within; beyond them an entry is a typo. */
export const ACTIVITY_LIMITS = {
  residentsPerPlatform: 20_000,
  trainingSessions: 500,
  trainingParticipants: 50_000,
  publicityActivities: 1_000,
  initiatives: 20,
  commendations: 50,
  nameLength: 200,
  textLength: 1_000,
  notesLength: 4_000,
} as const;

const count = (max: number) => z.number().int('must be a whole number').min(0).max(max).default(0);
/** One line (a name or a title): NFC, single spaces. */
const line = (max: number) =>
  z
    .string()
    .normalize('NFC')
    .overwrite((s) => s.replace(/\s+/g, ' '))
    .trim()
    .min(1, 'required')
    .max(max);
/** Free text keeping its line breaks: NFC, trimmed. */
const text = (max: number) => z.string().normalize('NFC').trim().max(max);

const residentsShape = Object.fromEntries(
  GUIDANCE_PLATFORMS.map((platform) => [platform, count(ACTIVITY_LIMITS.residentsPerPlatform)]),
) as Record<GuidancePlatform, ReturnType<typeof count>>;

/** A team's periodic (or ad-hoc) activity report, as the web form sends it and the API stores it. */
export const teamActivityContentSchema = z
  .object({
    /** Residents guided, per platform, during the period. */
    residentsGuided: z.object(residentsShape).prefault({}),
    /** What "other" covers; required when residents were guided on other platforms. */
    otherPlatforms: text(ACTIVITY_LIMITS.nameLength).default(''),
    training: z
      .object({
        sessions: count(ACTIVITY_LIMITS.trainingSessions),
        participants: count(ACTIVITY_LIMITS.trainingParticipants),
      })
      .prefault({}),
    publicity: z
      .object({
        activities: count(ACTIVITY_LIMITS.publicityActivities),
        description: text(ACTIVITY_LIMITS.textLength).default(''),
      })
      .prefault({}),
    initiatives: z
      .array(
        z.object({
          title: line(ACTIVITY_LIMITS.nameLength),
          description: text(ACTIVITY_LIMITS.textLength).default(''),
        }),
      )
      .max(ACTIVITY_LIMITS.initiatives)
      .default([]),
    commendations: z
      .array(
        z.object({
          nomineeKind: z.enum(NOMINEE_KINDS),
          name: line(ACTIVITY_LIMITS.nameLength),
          reason: text(ACTIVITY_LIMITS.textLength).min(1, 'a reason is required'),
        }),
      )
      .max(ACTIVITY_LIMITS.commendations)
      .default([]),
    notes: text(ACTIVITY_LIMITS.notesLength).default(''),
  })
  .superRefine((content, ctx) => {
    if (content.residentsGuided.other > 0 && content.otherPlatforms === '') {
      ctx.addIssue({ code: 'custom', path: ['otherPlatforms'], message: 'name the other platforms' });
    }
    if (content.training.participants > 0 && content.training.sessions === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['training', 'sessions'],
        message: 'participants need at least one session',
      });
    }
  });
export type TeamActivityContent = z.infer<typeof teamActivityContentSchema>;
export type TeamActivityContentInput = z.input<typeof teamActivityContentSchema>;

/** An empty report: what a new draft starts from. */
export function emptyActivityContent(): TeamActivityContent {
  return teamActivityContentSchema.parse({});
}

/** Residents guided on all platforms together. */
export function residentsGuidedTotal(content: Pick<TeamActivityContent, 'residentsGuided'>): number {
  return GUIDANCE_PLATFORMS.reduce((sum, platform) => sum + content.residentsGuided[platform], 0);
}
