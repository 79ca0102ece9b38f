import { Module } from '@nestjs/common';
import { BulletinsController } from './bulletins.controller.js';
import { PortfolioController } from './portfolio.controller.js';

@Module({ controllers: [PortfolioController, BulletinsController] })
export class ReportsModule {}
