import { SETTING_KEYS } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CityNameView } from '../../cities/dto/city.view.js';
import { ApiInteger, ApiUuid, BilingualView, enumOf } from '../../http/view-properties.js';

export class SettingSourceView {
  @ApiProperty({ type: String, nullable: true, example: '001', description: 'the seed file the default comes from' })
  seed: string | null;
  @ApiProperty({ type: BilingualView, nullable: true })
  place: BilingualView | null;
  @ApiProperty({ type: String, nullable: true, example: 'liuyang-maintenance-fund', description: 'the reference practice' })
  practice: string | null;
  @ApiPropertyOptional()
  note?: string;
}

export class SettingView {
  @ApiProperty(enumOf(SETTING_KEYS, 'SettingKey'))
  key: string;
  @ApiInteger({ description: 'the value in effect for the district' })
  value: number;
  @ApiProperty({ enum: ['DEFAULT', 'CITY', 'DISTRICT'], description: 'where the value in effect comes from' })
  origin: string;
  @ApiProperty({ type: BilingualView })
  label: BilingualView;
  @ApiProperty({ example: 'fen/m²' })
  unit: string;
  @ApiInteger()
  min: number;
  @ApiInteger()
  max: number;
  @ApiInteger({ description: "the seed's value" })
  default: number;
  @ApiInteger({ nullable: true, description: "the value set for the district's city" })
  city: number | null;
  @ApiInteger({ nullable: true, description: 'the value set for the district itself' })
  district: number | null;
  @ApiProperty({ type: SettingSourceView })
  source: SettingSourceView;
}

export class DistrictSettingsView {
  @ApiUuid()
  districtId: string;
  @ApiProperty({ type: CityNameView, description: "the district's city, whose settings it inherits" })
  city: CityNameView;
  @ApiProperty({ type: [SettingView] })
  settings: SettingView[];
}
