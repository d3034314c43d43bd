import { createZodDto } from 'nestjs-zod';
import { unitSearchQuerySchema, uuidParamSchema } from '@cdt/domain';

export class UnitSearchQueryDto extends createZodDto(unitSearchQuerySchema) {}
export class UnitIdParam extends createZodDto(uuidParamSchema) {}
