import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { UserDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import {
  CreateGrantBody,
  CreateUserBody,
  GrantIdParam,
  ListUsersQuery,
  UpdateUserBody,
  UserIdParam,
} from './dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentUser() actor: Actor, @Query() query: ListUsersQuery): Promise<UserDto[]> {
    return this.users.list(actor, query);
  }

  @Post()
  create(@CurrentUser() actor: Actor, @Body() body: CreateUserBody): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param() params: UserIdParam): Promise<UserDto> {
    return this.users.get(actor, params.id);
  }

  @Patch(':id')
  update(
    @CurrentUser() actor: Actor,
    @Param() params: UserIdParam,
    @Body() body: UpdateUserBody,
  ): Promise<UserDto> {
    return this.users.update(actor, params.id, body);
  }

  @Post(':id/grants')
  addGrant(
    @CurrentUser() actor: Actor,
    @Param() params: UserIdParam,
    @Body() body: CreateGrantBody,
  ): Promise<UserDto> {
    return this.users.addGrant(actor, params.id, body);
  }

  @Delete(':id/grants/:grantId')
  revokeGrant(@CurrentUser() actor: Actor, @Param() params: GrantIdParam): Promise<UserDto> {
    return this.users.revokeGrant(actor, params.id, params.grantId);
  }
}
