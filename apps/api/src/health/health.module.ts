import { AppConfig } from '@app/config';
import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { RedisProbe } from './redis-probe.js';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: RedisProbe,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const probe = new RedisProbe(config.REDIS_URL);
        await probe.connect();
        return probe;
      },
    },
  ],
})
export class HealthModule {}
