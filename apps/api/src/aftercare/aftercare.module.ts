import { Module } from '@nestjs/common';
import { ArchiveController } from './archive.controller.js';
import { LongTermController } from './long-term.controller.js';

/** After acceptance: the archive and long-term management. */
@Module({ controllers: [ArchiveController, LongTermController] })
export class AftercareModule {}
