import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator.js';
import { HealthView } from './dto/health.view.js';
import { RedisProbe } from './redis-probe.js';

type Status = 'up' | 'down';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly redis: RedisProbe,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Liveness of the API and its dependencies',
    description: '503 when the database is down; Redis down is reported as degraded.',
  })
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: HealthView, description: 'the database is down' })
  async check(@Res({ passthrough: true }) res: FastifyReply): Promise<{ status: string; checks: { database: Status; redis: Status } }> {
    const database: Status = await this.db.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const redis: Status = (await this.redis.up()) ? 'up' : 'down';
    const status = database === 'down' ? 'down' : redis === 'down' ? 'degraded' : 'ok';
    if (database === 'down') res.status(503);
    return { status, checks: { database, redis } };
  }
}
