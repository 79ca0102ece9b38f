import type { FieldError } from '@app/domain';
import { applyDecorators, ParseUUIDPipe, ValidationPipe, type PipeTransform, type ValidationError } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateIf, ValidateNested } from 'class-validator';
import { validationFailed } from './problem.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => ({
      field,
      code: code === 'whitelistValidation' ? 'UNKNOWN_FIELD' : code,
      message: code === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Field errors listed in one answer; the count says how many there were. */
const MAX_LISTED = 50;

/** Unknown fields refused, types converted, the failing fields listed. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => validationFailed(flatten(errors), MAX_LISTED),
  });
}

export function uuidPipe(): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: 'id', code: 'isUuid', message: 'must be a UUID' }]) });
}

/** The largest value of a PostgreSQL integer column. */
export const PG_INT_MAX = 2_147_483_647;

/**
 * An optional field: absent is fine, null is refused unless the field says it may be cleared.
 * class-validator's IsOptional lets null through to columns that refuse it (a 500, not a 400).
 */
export function Optional(options: { nullable?: boolean } = {}): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined && !(options.nullable && value === null));
}

/** A nested object of a DTO class: an array or a string there is refused, not validated as if it were one. */
export function NestedObject(type: () => Function): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}

/** A bounded array of objects of a DTO class; `[[]]` or `["x"]` is refused element by element. */
export function NestedArray(type: () => Function, size: { min?: number; max: number }): PropertyDecorator {
  return applyDecorators(
    IsArray(),
    ...(size.min ? [ArrayMinSize(size.min)] : []),
    ArrayMaxSize(size.max),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(type),
  );
}

/** A whole number in a path, bounded so that it always fits the integer column it is looked up in. */
export function intParam(field: string, min: number, max: number): PipeTransform<string, number> {
  return {
    transform(value: string): number {
      const n = /^-?\d{1,15}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        throw validationFailed([{ field, code: 'isInt', message: `${field} is a whole number from ${min} to ${max}` }]);
      }
      return n;
    },
  };
}
