import { Module } from '@nestjs/common';
import { RosterController } from './roster.controller.js';

@Module({ controllers: [RosterController] })
export class RosterModule {}
