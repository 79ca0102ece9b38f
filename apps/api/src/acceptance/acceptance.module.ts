import { Module } from '@nestjs/common';
import { AcceptanceController } from './acceptance.controller.js';

@Module({ controllers: [AcceptanceController] })
export class AcceptanceModule {}
