import { createZodDto } from 'nestjs-zod';
import {
  activateTeamRequestSchema,
  addMemberRequestSchema,
  applyToJoinRequestSchema,
  askToLeaveRequestSchema,
  createTeamRequestSchema,
  dissolveTeamRequestSchema,
  endMembershipRequestSchema,
  establishTeamRequestSchema,
  listMembershipRequestsQuerySchema,
  listTeamsQuerySchema,
  proposeJoinRequestSchema,
  proposeLeaveRequestSchema,
  rejectRequestSchema,
  requestStepRequestSchema,
  subtreeReportQuerySchema,
} from '@cdt/domain';
import { z } from 'zod';

export class TeamIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
export class MembershipParams extends createZodDto(z.object({ id: z.uuid(), membershipId: z.uuid() })) {}
export class RequestIdParam extends createZodDto(z.object({ id: z.uuid() })) {}

export class ListTeamsQueryDto extends createZodDto(listTeamsQuerySchema) {}
export class CreateTeamBody extends createZodDto(createTeamRequestSchema) {}
export class EstablishTeamBody extends createZodDto(establishTeamRequestSchema) {}
export class ActivateTeamBody extends createZodDto(activateTeamRequestSchema) {}
export class DissolveTeamBody extends createZodDto(dissolveTeamRequestSchema) {}
export class AddMemberBody extends createZodDto(addMemberRequestSchema) {}
export class EndMembershipBody extends createZodDto(endMembershipRequestSchema) {}

/** Bodies whose fields are all optional may be left out entirely. */
const orEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((value) => value ?? {}, schema);

export class ApplyToJoinBody extends createZodDto(orEmpty(applyToJoinRequestSchema)) {}
export class ProposeJoinBody extends createZodDto(proposeJoinRequestSchema) {}
export class AskToLeaveBody extends createZodDto(orEmpty(askToLeaveRequestSchema)) {}
export class ProposeLeaveBody extends createZodDto(proposeLeaveRequestSchema) {}
export class RequestStepBody extends createZodDto(orEmpty(requestStepRequestSchema)) {}
export class RejectRequestBody extends createZodDto(rejectRequestSchema) {}
export class ListMembershipRequestsQueryDto extends createZodDto(listMembershipRequestsQuerySchema) {}

export class SubtreeReportQueryDto extends createZodDto(subtreeReportQuerySchema) {}
export class UnitScopeQuery extends createZodDto(z.object({ unitId: z.uuid() })) {}

/** A roster file as text (the web app reads the chosen file); the 1 MB body limit bounds it. */
export class RosterImportBody extends createZodDto(
  z.object({ csv: z.string().min(1, 'the file is empty') }),
) {}
export class RosterImportQuery extends createZodDto(
  z.object({
    dryRun: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  }),
) {}
