import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { Optional } from './validation.js';

export const CITY_CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const CITY_CODE_MESSAGE = 'cityCode is 2-40 lower-case letters, digits or dashes';

/** A city named by its id or its code. */
export class CityRefDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the city, by id' })
  @Optional()
  @IsUUID()
  cityId?: string;

  @ApiPropertyOptional({ example: 'changsha', maxLength: 40, description: 'the city, by code' })
  @Optional()
  @Matches(CITY_CODE, { message: CITY_CODE_MESSAGE })
  cityCode?: string;
}
