import { Module } from '@nestjs/common';
import { CompoundsController } from './compounds.controller.js';

@Module({ controllers: [CompoundsController] })
export class CompoundsModule {}
