import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CITY_CODE } from '../../http/city-ref.dto.js';
import { Optional } from '../../http/validation.js';

const CODE_MESSAGE = 'code is 2-40 lower-case letters, digits or dashes';

export class CreateCityDto {
  @ApiProperty({ example: 'changsha', maxLength: 40, description: 'stable short code' })
  @Matches(CITY_CODE, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: '长沙市', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/\S/, { message: 'name is not blank' })
  name: string;
}

/** Either or both; the districts' city name follows a new name. */
export class UpdateCityDto {
  @ApiPropertyOptional({ example: 'changsha', maxLength: 40 })
  @Optional()
  @Matches(CITY_CODE, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ example: '长沙市', maxLength: 100 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/\S/, { message: 'name is not blank' })
  name?: string;
}
