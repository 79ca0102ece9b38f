import { Metrics } from '@app/workflow';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RolesOrFrom } from '../auth/access.decorator.js';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @RolesOrFrom('METRICS_ALLOW', 'ADMIN')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiOperation({
    summary: 'Prometheus metrics',
    description: 'For an ADMIN bearer, or without a token from an address in METRICS_ALLOW. The README lists what each metric means.',
  })
  text(): Promise<string> {
    return this.metrics.text();
  }
}
