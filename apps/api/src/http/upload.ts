import { AppConfig } from '@app/config';
import { DomainError, printable } from '@app/domain';
import type { UploadedTable } from '@app/workflow';
import {
  applyDecorators,
  createParamDecorator,
  Inject,
  Injectable,
  mixin,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { inspect } from './edge.js';
import { validationFailed } from './problem.js';

/** One uploaded file, read into memory. */
export interface UploadedFileData {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

/** Enough text fields to name an unknown one in a 400 rather than stop at a count limit. */
const FIELD_SLACK = 10;

type UploadRequest = FastifyRequest & { upload?: UploadedFileData; body: unknown };

/**
 * Reads a multipart request before the pipes run: the text fields become the body the route's DTO
 * validates, and the one file, held in memory, is checked against its limit as it arrives (413
 * beyond it, before the handler sees anything).
 */
function uploadInterceptor(maxBytes: (config: AppConfig) => number, fields: readonly string[]): Type<NestInterceptor> {
  @Injectable()
  class UploadInterceptor implements NestInterceptor {
    constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<UploadRequest>();
      if (!request.isMultipart()) {
        throw validationFailed([
          { field: 'file', code: 'REQUIRED', message: 'send multipart/form-data with the file in the field "file"' },
        ]);
      }
      const body: Record<string, string> = {};
      try {
        const parts = request.parts({
          // Browsers send file names as raw UTF-8; read them so, not as Latin-1 (busboy's option, missing from its types).
          ...({ defParamCharset: 'utf8' } as object),
          limits: { fileSize: maxBytes(this.config), files: 1, fields: FIELD_SLACK, parts: FIELD_SLACK + 1 },
        });
        for await (const part of parts) {
          if (part.type === 'field') {
            if (!fields.includes(part.fieldname)) {
              const name = printable(part.fieldname);
              throw validationFailed([{ field: name, code: 'UNKNOWN_FIELD', message: `${name} is not a known field` }]);
            }
            body[part.fieldname] = String(part.value);
          } else if (part.fieldname === 'file') {
            request.upload = { buffer: await part.toBuffer(), originalname: part.filename, mimetype: part.mimetype };
          } else {
            part.file.resume();
            throw validationFailed([
              { field: printable(part.fieldname), code: 'UNKNOWN_FIELD', message: 'the file goes in the field "file"' },
            ]);
          }
        }
      } catch (e) {
        // busboy's own refusals (no boundary, a truncated or malformed part) carry no status: they are the client's.
        if (e instanceof DomainError || typeof (e as { statusCode?: unknown })?.statusCode === 'number') throw e;
        throw new DomainError('REQUEST.MALFORMED', 'malformed multipart/form-data body');
      }
      const refusal = inspect({ ...body, ...(request.upload ? { file: request.upload.originalname } : {}) });
      if (refusal) throw refusal;
      request.body = body;
      return next.handle();
    }
  }
  return mixin(UploadInterceptor);
}

/** The file of a multipart request, if one came. */
export const UploadedFile = createParamDecorator(
  (_: unknown, context: ExecutionContext): UploadedFileData | undefined => context.switchToHttp().getRequest<UploadRequest>().upload,
);

/**
 * A file in the multipart field `file`, no larger than the configured limit, with the text fields
 * the route reads beside it.
 */
export function FileUpload(
  description: string,
  fields: Record<string, { type: 'string'; enum?: readonly string[]; example?: string }> = {},
  maxBytes: (config: AppConfig) => number = (config) => config.IMPORT_MAX_BYTES,
): MethodDecorator {
  return applyDecorators(
    UseInterceptors(uploadInterceptor(maxBytes, Object.keys(fields))),
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

export function uploadedTable(file: UploadedFileData | undefined): UploadedTable {
  if (!file)
    throw validationFailed([{ field: 'file', code: 'REQUIRED', message: 'attach the CSV or XLSX file in the multipart field "file"' }]);
  return { buffer: file.buffer, filename: file.originalname };
}
