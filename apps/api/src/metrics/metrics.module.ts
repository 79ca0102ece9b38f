import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';
import { QueueGauges } from './queue-gauges.js';

@Module({ controllers: [MetricsController], providers: [QueueGauges] })
export class MetricsModule {}
