import { createSecretKey } from 'node:crypto';
import { AppConfig } from '@app/config';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { NotificationsController } from './notifications.controller.js';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A key object, not the string: given a string, the JWT library first tries (and fails) to
      // parse it as a public key on every verification, which costs most of a millisecond.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.JWT_SECRET!)) as unknown as Buffer,
        signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' as const },
        verifyOptions: { algorithms: ['HS256' as const] },
      }),
    }),
  ],
  controllers: [AuthController, NotificationsController],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
