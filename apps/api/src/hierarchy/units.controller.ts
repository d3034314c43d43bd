import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UnitDetailDto, UnitDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import { UnitIdParam, UnitSearchQueryDto } from './dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  list(@CurrentUser() actor: Actor, @Query() query: UnitSearchQueryDto): Promise<UnitDto[]> {
    return this.units.list(actor, query);
  }

  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param() params: UnitIdParam): Promise<UnitDetailDto> {
    return this.units.get(actor, params.id);
  }

  @Get(':id/children')
  children(@CurrentUser() actor: Actor, @Param() params: UnitIdParam): Promise<UnitDto[]> {
    return this.units.children(actor, params.id);
  }
}
