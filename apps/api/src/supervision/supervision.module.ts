import { Module } from '@nestjs/common';
import { SupervisionController } from './supervision.controller.js';

@Module({ controllers: [SupervisionController] })
export class SupervisionModule {}
