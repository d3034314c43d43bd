import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { createPositionRequestSchema, type PositionDto } from '@cdt/domain';
import { z } from 'zod';
import { type Actor, CurrentUser } from '../common/current-user';
import { PositionsService } from './positions.service';

class UnitIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
class PositionParams extends createZodDto(z.object({ id: z.uuid(), positionId: z.uuid() })) {}
class CreatePositionBody extends createZodDto(createPositionRequestSchema) {}

/** Officials' positions at a unit (commune chair, district office heads, Youth Union secretary). */
@ApiTags('positions')
@ApiBearerAuth()
@Controller('units/:id/positions')
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Get()
  list(@CurrentUser() actor: Actor, @Param() params: UnitIdParam): Promise<PositionDto[]> {
    return this.positions.list(actor, params.id);
  }

  @Post()
  create(
    @CurrentUser() actor: Actor,
    @Param() params: UnitIdParam,
    @Body() body: CreatePositionBody,
  ): Promise<PositionDto[]> {
    return this.positions.create(actor, params.id, body);
  }

  /** Ends the holding (the record stays as history). */
  @Delete(':positionId')
  end(@CurrentUser() actor: Actor, @Param() params: PositionParams): Promise<PositionDto[]> {
    return this.positions.end(actor, params.id, params.positionId);
  }
}
