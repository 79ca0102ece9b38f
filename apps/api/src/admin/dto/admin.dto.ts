import { NewPassword } from '../../auth/dto/login.dto.js';
import { ROLES, USERNAME_PATTERN, type Role } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { CityRefDto } from '../../http/city-ref.dto.js';
import { Optional } from '../../http/validation.js';

/** The city is named by cityId or cityCode (one of them). */
export class CreateDistrictDto extends CityRefDto {
  @ApiProperty({ example: 'cs-yuhua', description: 'stable short code' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,39}$/, { message: 'code is 2-40 lower-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: '雨花区' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;
}

export class ScopeDto {
  @ApiPropertyOptional({ type: [String], description: 'districts of a DISTRICT_PM or SUPERVISOR' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  districtIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'compounds of a RESIDENTS_COMMITTEE recorder' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  compoundIds?: string[];
}

export class CreateUserDto extends ScopeDto {
  @ApiProperty({ example: 'wang.pm' })
  @Matches(USERNAME_PATTERN, { message: 'username is 3-50 letters, digits, dots, dashes or underscores' })
  username: string;

  @ApiProperty({ example: '王经理' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @NewPassword()
  password: string;
}

export class SetPasswordDto {
  @NewPassword()
  password: string;
}

export class SetActiveDto {
  @ApiProperty()
  @IsBoolean()
  active: boolean;
}

export class WebhookDto {
  @ApiProperty({ example: 'https://oa.example.gov.cn/hooks/renovation' })
  @IsString()
  @Matches(/^https?:\/\/.{3,500}$/, { message: 'url is an http(s) URL' })
  url: string;

  @ApiProperty({ description: 'shared secret for the HMAC-SHA256 signature, 16+ characters' })
  @IsString()
  @MinLength(16)
  @MaxLength(200)
  secret: string;
}
