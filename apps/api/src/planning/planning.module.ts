import { Module } from '@nestjs/common';
import { PlanningController } from './planning.controller.js';

@Module({ controllers: [PlanningController] })
export class PlanningModule {}
