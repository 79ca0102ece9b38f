import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CITY_CODE } from '../../http/city-ref.dto.js';

export class CreateCityDto {
  @ApiProperty({ example: 'changsha', description: 'stable short code' })
  @Matches(CITY_CODE, { message: 'code is 2-40 lower-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: '长沙市' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/\S/, { message: 'name is not blank' })
  name: string;
}

export class UpdateCityDto extends PartialType(CreateCityDto) {}

/** A city as other views name it. */
export class CityNameView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'changsha' })
  code: string;
  @ApiProperty({ example: '长沙市' })
  name: string;
}

export class CityView extends CityNameView {
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}
