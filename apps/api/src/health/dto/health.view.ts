import { ApiProperty } from '@nestjs/swagger';

const UP_DOWN = ['up', 'down'];

export class HealthChecksView {
  @ApiProperty({ enum: UP_DOWN })
  database: string;

  @ApiProperty({ enum: UP_DOWN })
  redis: string;
}

export class HealthView {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'], description: 'degraded: Redis is down, the API still serves' })
  status: string;

  @ApiProperty({ type: HealthChecksView })
  checks: HealthChecksView;
}
