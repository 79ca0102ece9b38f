import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './validation.js';

/** An optional query filter on the annual plan year a project was admitted into. */
export const PlanYearFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ example: 2026, description: 'only projects admitted into this annual plan year' }),
    Optional(),
    Type(() => Number),
    IsInt(),
    Min(2000),
    Max(2100),
  );
