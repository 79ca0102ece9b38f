import { Module } from '@nestjs/common';
import { UploadLimits } from '../http/upload.js';
import { RosterController } from './roster.controller.js';

@Module({ imports: [UploadLimits], controllers: [RosterController] })
export class RosterModule {}
