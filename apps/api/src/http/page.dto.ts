import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './validation.js';

/** Far past any list of the city; a page there is empty, not an error of the database. */
const MAX_OFFSET = 10_000_000;

export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', default: 50, maximum: 500 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  @ApiPropertyOptional({ type: 'integer', default: 0, maximum: MAX_OFFSET })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}
