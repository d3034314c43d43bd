import { z } from 'zod';
import type { AssignmentActionCommand } from './assignment-commands';

const noteSchema = z.string().trim().max(1000).optional();
const requiredReasonSchema = z.string().trim().min(1, 'a reason is required').max(1000);
/** The running total reached so far (not an increment). */
const progressValueSchema = z.int().min(0).max(1_000_000_000).nullable().optional();

export const acknowledgeRequestSchema = z.object({ note: noteSchema });
export type AcknowledgeRequest = z.infer<typeof acknowledgeRequestSchema>;

const progressShape = { value: progressValueSchema, note: noteSchema };
const hasValueOrNote = (input: { value?: number | null; note?: string }) =>
  (input.value !== undefined && input.value !== null) || Boolean(input.note);

export const progressRequestSchema = z
  .object(progressShape)
  .refine(hasValueOrNote, 'give a number or a note');
export type ProgressRequest = z.infer<typeof progressRequestSchema>;

/** Completing may carry the final count; a count below the target is accepted and flagged. */
export const completeRequestSchema = z.object({ value: progressValueSchema, note: noteSchema });
export type CompleteRequest = z.infer<typeof completeRequestSchema>;

export const declineRequestSchema = z.object({ reason: requiredReasonSchema });
export type DeclineRequest = z.infer<typeof declineRequestSchema>;

export const reopenRequestSchema = z.object({ reason: requiredReasonSchema });
export type ReopenRequest = z.infer<typeof reopenRequestSchema>;

/** One action on an assignment, as the socket event and the offline queue carry it. */
export const assignmentActionCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('acknowledge'), note: noteSchema }),
  z
    .object({ type: z.literal('progress'), ...progressShape })
    .refine(hasValueOrNote, 'give a number or a note'),
  z.object({ type: z.literal('complete'), value: progressValueSchema, note: noteSchema }),
  z.object({ type: z.literal('decline'), reason: requiredReasonSchema }),
  z.object({ type: z.literal('reopen'), reason: requiredReasonSchema }),
]);

/**
 * An action with its idempotency key: a UUID the client draws when the user taps (crypto.randomUUID()), kept
 * with the action while it waits offline. The server stores it with the timeline entry (unique per
 * assignment) and answers a repeat with `duplicate: true` and the assignment as it is, instead of acting twice.
 */
export const assignmentActRequestSchema = z.object({
  clientActionId: z.uuid(),
  command: assignmentActionCommandSchema,
  /** When the user tapped (the phone's clock); the server bounds it with effectiveActedAt. */
  actedAt: z.iso.datetime({ offset: true }).optional(),
});
export type AssignmentActRequest = z.infer<typeof assignmentActRequestSchema>;

/** The socket form ('assignment:act'): the same, naming the assignment. */
export const assignmentActPayloadSchema = assignmentActRequestSchema.extend({ assignmentId: z.uuid() });
export type AssignmentActPayload = z.infer<typeof assignmentActPayloadSchema>;

// Compile-time guard: what the schema yields is a command the state machine takes.
const _parsedIsACommand: AssignmentActionCommand = {} as z.infer<typeof assignmentActionCommandSchema>;
