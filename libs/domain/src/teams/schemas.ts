import { z } from 'zod';
import { phoneSchema } from '../access/schemas';
import { PENDING_REQUEST_STATES, REQUEST_KINDS, REQUEST_STATES } from './membership-request';
import { MEMBERSHIP_ROLES, SELF_APPLY_ROLES } from './membership-roles';
import { TEAM_SLOTS } from './slots';
import { TEAM_KINDS, TEAM_STATUSES } from './team-kind';

/** "YYYY-MM-DD", a real calendar date. */
export const calendarDateSchema = z.iso.date('date must be YYYY-MM-DD');

const noteSchema = z.string().trim().max(500).optional();
const requiredReasonSchema = z.string().trim().min(1, 'a reason is required').max(500);

export const teamSlotSchema = z.enum(TEAM_SLOTS);

export const establishmentDecisionSchema = z.object({
  number: z.string().trim().min(1, 'decision number is required').max(60),
  signedOn: calendarDateSchema,
  signerName: z.string().trim().min(1, 'signer name is required').max(120),
  signerUserId: z.uuid().nullable().default(null),
});
export type EstablishmentDecisionInput = z.input<typeof establishmentDecisionSchema>;

export const createTeamRequestSchema = z.object({
  unitId: z.uuid(),
  kind: z.enum(TEAM_KINDS),
  name: z.string().trim().min(1).max(200).optional(),
  decision: establishmentDecisionSchema.optional(),
  note: noteSchema,
});
export type CreateTeamRequest = z.infer<typeof createTeamRequestSchema>;

export const establishTeamRequestSchema = z.object({
  decision: establishmentDecisionSchema,
  note: noteSchema,
});
export type EstablishTeamRequest = z.infer<typeof establishTeamRequestSchema>;

export const activateTeamRequestSchema = z.object({ activatedOn: calendarDateSchema, note: noteSchema });
export type ActivateTeamRequest = z.infer<typeof activateTeamRequestSchema>;

export const dissolveTeamRequestSchema = z.object({
  dissolvedOn: calendarDateSchema,
  reason: requiredReasonSchema,
  note: noteSchema,
});
export type DissolveTeamRequest = z.infer<typeof dissolveTeamRequestSchema>;

/** An existing account, or a new one created on the spot from name and phone. */
export const personRefSchema = z.union([
  z.strictObject({ userId: z.uuid() }),
  z.strictObject({
    fullName: z.string().trim().min(1, 'full name is required').max(120),
    phone: phoneSchema,
  }),
]);
export type PersonRef = z.infer<typeof personRefSchema>;

/** Direct addition by the commune chair (the roster of the establishment decision). */
export const addMemberRequestSchema = z.object({
  person: personRefSchema,
  role: z.enum(MEMBERSHIP_ROLES),
  slot: teamSlotSchema.nullable().optional(),
  note: noteSchema,
});
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;

/** A person applying to join (the applicant is the caller). */
export const applyToJoinRequestSchema = z.object({
  role: z.enum(SELF_APPLY_ROLES).default('member'),
  slot: teamSlotSchema.nullable().optional(),
  note: noteSchema,
});
export type ApplyToJoinRequest = z.infer<typeof applyToJoinRequestSchema>;

/** The team leader or deputy proposing someone to join. */
export const proposeJoinRequestSchema = z.object({
  person: personRefSchema,
  role: z.enum(MEMBERSHIP_ROLES).default('member'),
  slot: teamSlotSchema.nullable().optional(),
  note: noteSchema,
});
export type ProposeJoinRequest = z.infer<typeof proposeJoinRequestSchema>;

/** A member asking to leave (the member is the caller). */
export const askToLeaveRequestSchema = z.object({ note: noteSchema });
export type AskToLeaveRequest = z.infer<typeof askToLeaveRequestSchema>;

/** The team leader or deputy proposing that a member leave; the reason is required. */
export const proposeLeaveRequestSchema = z.object({ personId: z.uuid(), note: requiredReasonSchema });
export type ProposeLeaveRequest = z.infer<typeof proposeLeaveRequestSchema>;

/** Nominate, forward, approve, withdraw. */
export const requestStepRequestSchema = z.object({ note: noteSchema });
export type RequestStepRequest = z.infer<typeof requestStepRequestSchema>;

/** Rejecting needs a reason the person can read. */
export const rejectRequestSchema = z.object({ note: requiredReasonSchema });
export type RejectRequest = z.infer<typeof rejectRequestSchema>;

/** Direct removal by the commune chair (death, moving away, dissolution). */
export const endMembershipRequestSchema = z.object({ reason: requiredReasonSchema });
export type EndMembershipRequest = z.infer<typeof endMembershipRequestSchema>;

export const listTeamsQuerySchema = z.object({
  unitId: z.uuid().optional(),
  kind: z.enum(TEAM_KINDS).optional(),
  status: z.enum(TEAM_STATUSES).optional(),
  /** `mine=true`: only teams the caller is an active member of (cheap for officials with a whole province). */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListTeamsQuery = z.infer<typeof listTeamsQuerySchema>;

/** Approvals inbox and a team's pending requests; defaults to pending ones. */
export const listMembershipRequestsQuerySchema = z.object({
  unitId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  kind: z.enum(REQUEST_KINDS).optional(),
  states: z
    .union([z.enum(REQUEST_STATES), z.array(z.enum(REQUEST_STATES))])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .default([...PENDING_REQUEST_STATES]),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListMembershipRequestsQuery = z.infer<typeof listMembershipRequestsQuerySchema>;

/** Compliance and roll-out views for a unit's subtree. */
export const subtreeReportQuerySchema = z.object({
  unitId: z.uuid(),
  asOf: calendarDateSchema.optional(),
});
export type SubtreeReportQuery = z.infer<typeof subtreeReportQuerySchema>;
