import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { LoginResponse, UserDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import { Public } from '../common/public.decorator';
import { AuthService } from './auth.service';
import { LoginBody, LogoutBody, RefreshBody } from './dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginBody, @Req() request: Request): Promise<LoginResponse> {
    return this.auth.login(body, request.ip ?? 'unknown', request.get('user-agent') ?? null);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshBody): Promise<LoginResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() actor: Actor, @Body() _body: LogoutBody): Promise<void> {
    await this.auth.logout(actor);
  }

  @Get('me')
  me(@CurrentUser() actor: Actor): Promise<UserDto> {
    return this.auth.me(actor);
  }
}
