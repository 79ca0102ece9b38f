import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from './validation.js';

/**
 * Who signed, and the paper it was signed on: what a PM must give to enter a party's signature or a
 * department's opinion on its behalf. The party signing as itself gives none of the paper.
 */
export class OnBehalfDto {
  @ApiPropertyOptional({
    example: '黄志刚',
    description:
      "the person who signed for the party; required on a party's behalf, the caller's own name by default; masked for supervisors",
  })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  signer?: string;

  @ApiPropertyOptional({ example: 'YS-2026-031', description: "the paper form's number; required on a party's behalf only" })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  formNumber?: string;
}
