import { PROJECT_STATES } from '@app/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../http/validation.js';

export class PracticeQueryDto {
  @ApiPropertyOptional({ enum: PROJECT_STATES, description: 'lifecycle stage' })
  @Optional()
  @IsIn(PROJECT_STATES)
  stage?: string;

  @ApiPropertyOptional({ example: 'CONSENT.NO_PASSED_WILLINGNESS_ROUND', description: 'a guard refusal code' })
  @Optional()
  @Matches(/^[A-Z_]+\.[A-Z0-9_]+$/, { message: 'guard must be a refusal code such as BODY.MISSING' })
  @MaxLength(100)
  guard?: string;

  @ApiPropertyOptional({ example: '明白墙', description: 'free text, Chinese or English' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
