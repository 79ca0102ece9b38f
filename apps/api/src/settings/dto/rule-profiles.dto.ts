import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Optional } from '../../http/validation.js';

export class SetDistrictRuleProfileDto {
  @ApiProperty({ type: String, nullable: true, example: 'civil-code-278-major', description: 'null clears the district default' })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  ruleProfile: string | null;

  @ApiPropertyOptional({ example: '区政府常务会议决定：改造意愿按重大事项表决' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
