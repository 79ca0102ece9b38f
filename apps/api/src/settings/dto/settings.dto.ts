import { SETTING_LEVELS, type SettingLevel } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Optional, PG_INT_MAX } from '../../http/validation.js';

export class SetSettingDto {
  @ApiProperty({ enum: SETTING_LEVELS, description: "CITY sets it for every district of this district's city; DISTRICT for this district" })
  @IsIn(SETTING_LEVELS)
  level: SettingLevel;

  @ApiProperty({ type: 'integer', nullable: true, description: 'a whole number in the unit of the setting; null clears it at that level' })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(PG_INT_MAX)
  value: number | null;

  @ApiPropertyOptional({ example: '市政府2026年第3号文调整维修资金交存标准' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
