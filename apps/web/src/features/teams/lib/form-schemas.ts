import {
  addMemberRequestSchema,
  createTeamRequestSchema,
  establishmentDecisionSchema,
  establishTeamRequestSchema,
  personRefSchema,
  type AddMemberRequest,
  type CreateTeamRequest,
  type EstablishTeamRequest,
} from '@cdt/domain';
import { z } from 'zod';

/** Role, seat and note exactly as the API's request schemas check them. */
const details = {
  role: addMemberRequestSchema.shape.role,
  slot: addMemberRequestSchema.shape.slot,
  note: addMemberRequestSchema.shape.note,
};
const [existingPerson, newPerson] = personRefSchema.options;

/**
 * The member forms keep the person's fields flat, so each error lands on its own input; these schemas are the
 * domain's own pieces, folded back into the request's `person` on success.
 */
export const newPersonFormSchema: z.ZodType<AddMemberRequest> = z
  .object({ ...newPerson.shape, ...details })
  .transform(({ fullName, phone, ...rest }) => ({ ...rest, person: { fullName, phone } }));

export const existingPersonFormSchema: z.ZodType<AddMemberRequest> = z
  .object({ ...existingPerson.shape, ...details })
  .transform(({ userId, ...rest }) => ({ ...rest, person: { userId } }));

/** The decision's fields flat on the form, nested back as the establish request expects. */
export const establishFormSchema: z.ZodType<EstablishTeamRequest> = z
  .object({
    number: establishmentDecisionSchema.shape.number,
    signedOn: establishmentDecisionSchema.shape.signedOn,
    signerName: establishmentDecisionSchema.shape.signerName,
    note: establishTeamRequestSchema.shape.note,
  })
  .transform(({ note, ...decision }) => ({ decision: { ...decision, signerUserId: null }, note }));

/** Proposing a team, with its decision when it is already signed (flat on the form, nested for the API). */
export const createTeamWithDecisionFormSchema: z.ZodType<CreateTeamRequest> = z
  .object({
    unitId: createTeamRequestSchema.shape.unitId,
    kind: createTeamRequestSchema.shape.kind,
    name: createTeamRequestSchema.shape.name,
    note: createTeamRequestSchema.shape.note,
    number: establishmentDecisionSchema.shape.number,
    signedOn: establishmentDecisionSchema.shape.signedOn,
    signerName: establishmentDecisionSchema.shape.signerName,
  })
  .transform(({ number, signedOn, signerName, ...team }) => ({
    ...team,
    decision: { number, signedOn, signerName, signerUserId: null },
  }));
