import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitsDataModule } from '../hierarchy/units-data.module';
import { AccessRepository } from './access.repository';
import { ActorService } from './actor.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    UnitsDataModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject, not the string: jsonwebtoken would otherwise try (and fail) createPublicKey on every verify.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.JWT_SECRET)) }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    AccessRepository,
    PasswordService,
    TokenService,
    LoginRateLimiter,
    ActorService,
    AuthService,
    UsersService,
  ],
  exports: [AccessRepository, ActorService, PasswordService],
})
export class AccessModule {}
