import { Module } from '@nestjs/common';
import { uploadLimits } from '../http/upload.js';
import { ArchiveController } from './archive.controller.js';
import { LongTermController } from './long-term.controller.js';

/** After acceptance: the archive and long-term management. Archive uploads carry two text fields beside the file. */
@Module({ imports: [uploadLimits((config) => config.ARCHIVE_MAX_BYTES, 2)], controllers: [ArchiveController, LongTermController] })
export class AftercareModule {}
