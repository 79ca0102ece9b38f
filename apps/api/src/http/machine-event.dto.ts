import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from './validation.js';

/** Firing an event of any machine: its name, and the reason some events require. */
export class MachineEventDto {
  @ApiProperty({ example: 'OPEN', description: 'an event of the machine (see GET /meta/machines)' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  event: string;

  @ApiPropertyOptional({ description: 'required by the events that cancel, suspend, reject or reopen' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
