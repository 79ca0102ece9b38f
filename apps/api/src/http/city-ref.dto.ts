import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

export const CITY_CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const CITY_CODE_MESSAGE = 'cityCode is 2-40 lower-case letters, digits or dashes';

/** A city named by its id or its code. */
export class CityRefDto {
  @ApiPropertyOptional({ description: 'the city, by id' })
  @IsOptional()
  @IsUUID()
  cityId?: string;

  @ApiPropertyOptional({ example: 'changsha', description: 'the city, by code' })
  @IsOptional()
  @Matches(CITY_CODE, { message: CITY_CODE_MESSAGE })
  cityCode?: string;
}
