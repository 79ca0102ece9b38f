import { NewPassword } from '../../auth/dto/login.dto.js';
import { ROLES, USERNAME_PATTERN, type Role } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CityRefDto } from '../../http/city-ref.dto.js';
import { NestedObject, Optional } from '../../http/validation.js';

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

export class ReplaceScopeDto extends ScopeDto {
  @ApiProperty({
    enum: [true],
    description: 'true: the lists are the whole scope, and what they leave out is removed (to add or remove a few, PATCH)',
  })
  @IsIn([true], { message: 'replace must be true: PUT replaces the whole scope with the lists sent; PATCH adds or removes entries' })
  replace: true;
}

export class ScopeChangeDto {
  @ApiPropertyOptional({ type: ScopeDto, description: 'districts or compounds to add to the scope' })
  @Optional()
  @NestedObject(() => ScopeDto)
  add?: ScopeDto;

  @ApiPropertyOptional({ type: ScopeDto, description: 'districts or compounds to take out of the scope' })
  @Optional()
  @NestedObject(() => ScopeDto)
  remove?: ScopeDto;
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

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'CONSTRUCTION_UNIT',
    description:
      'the body a PM or supervisor works for: an acceptance party or a reviewing department (GET /organisations); they sign for it as themselves',
  })
  @Optional({ nullable: true })
  @Matches(/^[A-Z_]{2,64}$/, { message: 'organisation is a code such as CONTRACTOR' })
  organisation?: string | null;

  @NewPassword()
  password: string;
}

export class SetPasswordDto {
  @NewPassword()
  password: string;
}

export class OrganisationDto {
  @ApiProperty({ type: String, nullable: true, example: 'CONTRACTOR', description: 'null: the user works for no party' })
  @ValidateIf((_, value) => value !== null)
  @Matches(/^[A-Z_]{2,64}$/, { message: 'organisation is a code such as CONTRACTOR, or null' })
  organisation: string | null;
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
