import { AppConfig } from '@app/config';
import type { UploadedTable } from '@app/workflow';
import { MulterModule } from '@nestjs/platform-express';
import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { validationFailed } from './problem.js';

/** Uploads stay in memory, one file, no larger than the configured limit (413 beyond), with at most `fields` text fields. */
export function uploadLimits(maxBytes: (config: AppConfig) => number, fields = 0) {
  return MulterModule.registerAsync({
    inject: [AppConfig],
    // Browsers send file names as raw UTF-8; read them so, not as Latin-1.
    useFactory: (config: AppConfig) => ({ defParamCharset: 'utf8', limits: { fileSize: maxBytes(config), files: 1, fields } }),
  });
}

/** Roster and vote files: no larger than IMPORT_MAX_BYTES. */
export const UploadLimits = uploadLimits((config) => config.IMPORT_MAX_BYTES);

/** A file in the multipart field `file`, with the text fields the route reads beside it. */
export function FileUpload(
  description: string,
  fields: Record<string, { type: 'string'; enum?: readonly string[]; example?: string }> = {},
): MethodDecorator {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file')),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file', ...Object.keys(fields)],
        properties: { file: { type: 'string', format: 'binary', description }, ...fields },
      },
    }),
  );
}

export function uploadedTable(file: Express.Multer.File | undefined): UploadedTable {
  if (!file)
    throw validationFailed([{ field: 'file', code: 'REQUIRED', message: 'attach the CSV or XLSX file in the multipart field "file"' }]);
  return { buffer: file.buffer, filename: file.originalname };
}
