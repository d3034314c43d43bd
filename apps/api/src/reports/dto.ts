import { createZodDto } from 'nestjs-zod';
import {
  EXPORT_FORMATS,
  acceptReportRequestSchema,
  compilationReviewSchema,
  completenessQuerySchema,
  listReportsQuerySchema,
  openReportRequestSchema,
  returnReportRequestSchema,
  teamActivityContentSchema,
} from '@cdt/domain';
import { z } from 'zod';

/** Bodies whose fields are all optional may be left out entirely. */
const orEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((value) => value ?? {}, schema);

export class ReportIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
export class ReportFileParam extends createZodDto(
  z.object({ id: z.uuid(), format: z.enum(EXPORT_FORMATS) }),
) {}
export class ExportFormatParam extends createZodDto(z.object({ format: z.enum(EXPORT_FORMATS) })) {}

export class OpenReportBody extends createZodDto(openReportRequestSchema) {}
export class ActivityContentBody extends createZodDto(teamActivityContentSchema) {}
export class CompilationReviewBody extends createZodDto(compilationReviewSchema) {}
export class AcceptReportBody extends createZodDto(orEmpty(acceptReportRequestSchema)) {}
export class ReturnReportBody extends createZodDto(returnReportRequestSchema) {}
export class ListReportsQueryDto extends createZodDto(listReportsQuerySchema) {}
export class CompletenessQueryDto extends createZodDto(completenessQuerySchema) {}
