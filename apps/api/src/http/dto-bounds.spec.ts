import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsInt, IsOptional, IsString, MaxLength, Matches, Min, ValidateNested } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import { MAX_ARRAY_LENGTH } from './edge.js';
import { NestedArray, Optional } from './validation.js';

/**
 * The rules every request DTO keeps, read from the validation metadata itself, so that a field
 * added later cannot forget them: every number has a minimum and a maximum (so it fits its
 * column), every string and every array a maximum length, every nested object is checked to be
 * an object (an array there would pass as an empty one) and converted to its class, and no field
 * lets null through unless it says so.
 */
type Rules = Map<string, ValidationMetadata[]>;

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

function dtoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? dtoFiles(join(dir, e.name)) : e.name.endsWith('.dto.ts') ? [join(dir, e.name)] : [],
  );
}

function rulesOf(target: Function): Rules {
  const rules: Rules = new Map();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
    if (m.type === 'whitelistValidation') continue;
    rules.set(m.propertyName, [...(rules.get(m.propertyName) ?? []), m]);
  }
  return rules;
}

/** A pattern bounds a string when it is anchored at both ends and repeats nothing without a limit. */
export function patternIsBounded(pattern: RegExp): boolean {
  const bare = pattern.source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  let depth = 0;
  for (const ch of bare) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return false;
  }
  return bare.startsWith('^') && bare.endsWith('$') && !/[*+]|\{\d*,\}/.test(bare);
}

/** Whether a nested value is turned into an instance of its class (what @Type does) before it is validated. */
function convertsToClass(target: Function, property: string, each: boolean): boolean {
  const converted = plainToInstance(target as new () => object, { [property]: each ? [{}] : {} }) as Record<string, unknown>;
  const value = each ? (converted[property] as unknown[] | undefined)?.[0] : converted[property];
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) !== Object.prototype;
}

/** What is wrong with one property, if anything. */
function problems(target: Function, property: string, metadata: ValidationMetadata[]): string[] {
  const has = (name: string, each = false) => metadata.some((m) => m.name === name && !!m.each === each);
  const nested = (each: boolean) => metadata.some((m) => m.type === 'nestedValidation' && !!m.each === each);
  const out: string[] = [];
  if (metadata.some((m) => m.name === 'isOptional'))
    out.push('uses IsOptional, which lets null through: use Optional() from http/validation');
  for (const each of [false, true]) {
    const what = each ? 'each element' : 'the value';
    if ((has('isInt', each) || has('isNumber', each)) && !(has('min', each) && has('max', each)))
      out.push(`${what} is a number without both Min and Max`);
    const patterns = metadata.filter((m) => m.name === 'matches' && !!m.each === each);
    const boundedPattern = patterns.some((m) => patternIsBounded(m.constraints[0] as RegExp));
    if (has('isString', each) && !(has('maxLength', each) || has('isIn', each) || has('isUuid', each) || boundedPattern))
      out.push(`${what} is a string without MaxLength`);
    if (patterns.length && !has('maxLength', each) && !boundedPattern)
      out.push(`${what} matches a pattern that does not bound its length (anchor it, no * or +), and has no MaxLength`);
    if (nested(each) && !has('isObject', each)) out.push(`${what} is nested without IsObject: use NestedObject or NestedArray`);
  }
  if ((nested(false) || nested(true)) && !convertsToClass(target, property, nested(true)))
    out.push('is nested without @Type, so it is validated as a plain object');
  if (nested(true) && !has('isArray')) out.push('is an array of objects without IsArray');
  if (has('isArray') && !has('arrayMaxSize')) out.push('is an array without ArrayMaxSize');
  const longest = metadata.find((m) => m.name === 'arrayMaxSize')?.constraints[0] as number | undefined;
  if (longest !== undefined && longest > MAX_ARRAY_LENGTH)
    out.push(`takes ${longest} elements, more than the edge lets through (${MAX_ARRAY_LENGTH})`);
  const designType = Reflect.getMetadata('design:type', target.prototype, property);
  const typed = metadata.some((m) => m.type === 'customValidation' && /^is[A-Z]|^matches$/.test(m.name ?? ''));
  if (!typed && !nested(false) && designType !== Boolean) out.push('has no type check (IsString, IsInt, IsIn, ...)');
  return out.map((p) => `${target.name}.${property} ${p}`);
}

function audit(target: Function): string[] {
  return [...rulesOf(target)].flatMap(([property, metadata]) => problems(target, property, metadata));
}

describe('every request DTO is bounded', () => {
  it('finds the DTO classes', async () => {
    const classes = await allDtoClasses();
    expect(classes.length).toBeGreaterThan(40);
  });

  it('has no number, string or array without a bound, no unchecked nested object, no null let through', async () => {
    const found = (await allDtoClasses()).flatMap(audit);
    expect(found).toEqual([]);
  });
});

async function allDtoClasses(): Promise<Function[]> {
  const classes = new Set<Function>();
  for (const file of dtoFiles(SRC)) {
    for (const exported of Object.values(await import(file))) {
      if (typeof exported === 'function' && rulesOf(exported).size) classes.add(exported);
    }
  }
  return [...classes];
}

describe('the audit itself', () => {
  class Unbounded {
    @IsInt()
    count: number;

    @IsString()
    name: string;

    @Matches(/^\d+$/)
    code: string;

    @IsOptional()
    @IsInt()
    @Min(0)
    later?: number;

    @ValidateNested()
    inner: object;
  }

  class Bounded {
    @Optional()
    @IsInt()
    @Min(0)
    @MaxLength(3)
    count?: number;

    @NestedArray(() => Bounded, { max: 10 })
    children: Bounded[];
  }

  it('names each missing bound', () => {
    expect(audit(Unbounded)).toEqual([
      'Unbounded.count the value is a number without both Min and Max',
      'Unbounded.name the value is a string without MaxLength',
      'Unbounded.code the value matches a pattern that does not bound its length (anchor it, no * or +), and has no MaxLength',
      'Unbounded.later uses IsOptional, which lets null through: use Optional() from http/validation',
      'Unbounded.later the value is a number without both Min and Max',
      'Unbounded.inner the value is nested without IsObject: use NestedObject or NestedArray',
      'Unbounded.inner is nested without @Type, so it is validated as a plain object',
    ]);
  });

  it('passes what NestedArray builds, and finds the missing Max that MaxLength does not replace', () => {
    expect(audit(Bounded)).toEqual(['Bounded.count the value is a number without both Min and Max']);
  });

  it.each([
    [/^[A-Z_]{2,64}$/, true],
    [/^[0-9+\- ]{5,20}$/, true],
    [/^https?:\/\/.{3,500}$/, true],
    [/^\d+$/, false],
    [/^[a-z]{2,}$/, false],
    [/[a-z]{2}/, false],
    [/^a$|^b.*$/, false],
    [/^a$|^b$/, false],
    [/^\d{4}-(0[1-9]|1[0-2])$/, true],
  ])('%s bounds a string: %s', (pattern, bounded) => {
    expect(patternIsBounded(pattern)).toBe(bounded);
  });
});
