import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Optional } from './validation.js';

/** The covered compound a compound-level write is about, in a project area; left out when it can only be one. */
export class CompoundRefDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the covered compound this is about: required when the project covers several and you may act in more than one',
  })
  @Optional()
  @IsUUID()
  compoundId?: string;
}
