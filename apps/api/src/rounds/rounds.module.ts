import { Module } from '@nestjs/common';
import { UploadLimits } from '../http/upload.js';
import { RoundsController } from './rounds.controller.js';

@Module({ imports: [UploadLimits], controllers: [RoundsController] })
export class RoundsModule {}
