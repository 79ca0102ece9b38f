import { Module } from '@nestjs/common';
import { RoundsController } from './rounds.controller.js';

@Module({ controllers: [RoundsController] })
export class RoundsModule {}
