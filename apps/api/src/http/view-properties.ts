import type { Type } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiSchema, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Building blocks of the response views: the classes that tell the OpenAPI document what the
 * services return. They carry no behaviour; test/openapi.e2e-spec.ts holds them to the real bodies.
 */

type Options = Omit<ApiPropertyOptions, 'type' | 'format'>;

/** A moment, sent as an ISO 8601 string with its offset. */
export const ApiDateTime = (options: Options = {}) => ApiProperty({ ...options, type: String, format: 'date-time' } as ApiPropertyOptions);

/** A calendar date (YYYY-MM-DD). */
export const ApiDate = (options: Options = {}) =>
  ApiProperty({ example: '2026-05-20', ...options, type: String, format: 'date' } as ApiPropertyOptions);

export const ApiUuid = (options: Options = {}) => ApiProperty({ ...options, type: String, format: 'uuid' } as ApiPropertyOptions);

export const ApiInteger = (options: Options = {}) => ApiProperty({ ...options, type: 'integer' } as ApiPropertyOptions);

/** Floor areas and quantities: exact decimal text with two places, never a float. */
export const ApiDecimal = (options: Options = {}) =>
  ApiProperty({ example: '86.50', pattern: '^-?[0-9]+\\.[0-9]{2}$', ...options, type: String } as ApiPropertyOptions);

/** A free-form JSON object, for records whose keys differ from one entry to the next. */
export const ApiFreeObject = (options: Options = {}) =>
  ApiProperty({ ...options, type: 'object', additionalProperties: true } as ApiPropertyOptions);

/**
 * Every member of a string union the services return, as a list for an enum: the compiler refuses
 * a list that misses a member or adds one, so the document cannot drift from the type.
 */
export const everyMember =
  <T extends string>() =>
  <const L extends readonly T[]>(...list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list;

/**
 * One property per member of a domain list (plan sections, lifecycle states), all alike: the view
 * follows the list, so a member added to the domain appears in the document by itself.
 */
export function declareProperties(view: Type, keys: readonly string[], options: ApiPropertyOptions): void {
  for (const key of keys) ApiProperty(options)(view.prototype, key);
}

/** An enum of the domain under one schema name, so every view that uses it shares one definition. */
export const enumOf = (values: readonly (string | number)[], enumName: string) => ({ enum: [...values], enumName });

export class BilingualView {
  @ApiProperty({ example: '摸底调查' })
  zh: string;

  @ApiProperty({ example: 'survey' })
  en: string;
}

/** A code with its bilingual name: reviewing departments, acceptance parties. */
export class CodedEntryView {
  @ApiProperty({ example: 'HOUSING' })
  code: string;

  @ApiProperty({ type: BilingualView })
  name: BilingualView;
}

const pages = new Map<Type, Type>();

/** `{ items, total }` of a view: one schema per item type, named after it (`ProjectViewPage`). */
export function pageOf<T>(item: Type<T>): Type<{ items: T[]; total: number }> {
  let page = pages.get(item);
  if (!page) {
    class Page {
      @ApiProperty({ type: [item] })
      items: T[];

      @ApiProperty({ type: 'integer', description: 'all matching, not only this page' })
      total: number;
    }
    ApiSchema({ name: `${item.name}Page` })(Page);
    page = Page;
    pages.set(item, page);
  }
  return page as Type<{ items: T[]; total: number }>;
}

/** A download: the file in its media type, as the typed client should read it (a Blob). */
export const ApiFileResponse = (mediaType: string, description: string) =>
  ApiOkResponse({ description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } });

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A page laid out to print (A4): text the typed client reads as a string. */
export const ApiPrintableResponse = (description: string) =>
  ApiOkResponse({ description, content: { 'text/html': { schema: { type: 'string' } } } });

export const HTML = 'text/html; charset=utf-8';
