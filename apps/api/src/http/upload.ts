import { AppConfig } from '@app/config';
import type { UploadedTable } from '@app/workflow';
import { MulterModule } from '@nestjs/platform-express';
import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { validationFailed } from './problem.js';

/** Uploads stay in memory, one file, no larger than IMPORT_MAX_BYTES (413 beyond). */
export const UploadLimits = MulterModule.registerAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({ limits: { fileSize: config.IMPORT_MAX_BYTES, files: 1, fields: 0 } }),
});

/** A CSV or XLSX file in the multipart field `file`. */
export function FileUpload(description: string): MethodDecorator {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file')),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description } } } }),
  );
}

export function uploadedTable(file: Express.Multer.File | undefined): UploadedTable {
  if (!file)
    throw validationFailed([{ field: 'file', code: 'REQUIRED', message: 'attach the CSV or XLSX file in the multipart field "file"' }]);
  return { buffer: file.buffer, filename: file.originalname };
}
