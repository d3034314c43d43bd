import { createZodDto } from 'nestjs-zod';
import { dashboardQuerySchema, dashboardTeamQuerySchema, drillDownQuerySchema } from '@cdt/domain';
import { z } from 'zod';

export class DashboardQueryDto extends createZodDto(dashboardQuerySchema) {}
export class DashboardTeamQueryDto extends createZodDto(dashboardTeamQuerySchema) {}
export class DrillDownQueryDto extends createZodDto(drillDownQuerySchema) {}
export class DashboardMapQueryDto extends createZodDto(z.object({ unitId: z.uuid() })) {}
