import { SETTING_KEYS, SETTING_LEVELS, type SettingLevel } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

export class SetSettingDto {
  @ApiProperty({ enum: SETTING_LEVELS, description: "CITY sets it for every district of this district's city; DISTRICT for this district" })
  @IsIn(SETTING_LEVELS)
  level: SettingLevel;

  @ApiProperty({ type: 'integer', nullable: true, description: 'a whole number in the unit of the setting; null clears it at that level' })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  value: number | null;

  @ApiPropertyOptional({ example: '市政府2026年第3号文调整维修资金交存标准' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class BilingualDto {
  @ApiProperty()
  zh: string;
  @ApiProperty()
  en: string;
}

export class SettingSourceDto {
  @ApiProperty({ type: String, nullable: true, example: '001', description: 'the seed file the default comes from' })
  seed: string | null;
  @ApiProperty({ type: BilingualDto, nullable: true })
  place: BilingualDto | null;
  @ApiProperty({ type: String, nullable: true, example: 'liuyang-maintenance-fund', description: 'the reference practice' })
  practice: string | null;
  @ApiPropertyOptional()
  note?: string;
}

export class SettingViewDto {
  @ApiProperty({ enum: SETTING_KEYS })
  key: string;
  @ApiProperty({ description: 'the value in effect for the district' })
  value: number;
  @ApiProperty({ enum: ['DEFAULT', 'CITY', 'DISTRICT'], description: 'where the value in effect comes from' })
  origin: string;
  @ApiProperty({ type: BilingualDto })
  label: BilingualDto;
  @ApiProperty({ example: 'fen/m²' })
  unit: string;
  @ApiProperty()
  min: number;
  @ApiProperty()
  max: number;
  @ApiProperty({ description: "the seed's value" })
  default: number;
  @ApiProperty({ type: Number, nullable: true, description: "the value set for the district's city" })
  city: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'the value set for the district itself' })
  district: number | null;
  @ApiProperty({ type: SettingSourceDto })
  source: SettingSourceDto;
}

export class DistrictSettingsDto {
  @ApiProperty({ format: 'uuid' })
  districtId: string;
  @ApiProperty({ example: '长沙市' })
  city: string;
  @ApiProperty({ type: [SettingViewDto] })
  settings: SettingViewDto[];
}
