import { EXEMPTION_BASES, REVIEW_OPINIONS, type ExemptionBasis, type ReviewOpinion } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../http/date.js';
import { OnBehalfDto } from '../../http/on-behalf.dto.js';
import { NestedArray, Optional } from '../../http/validation.js';

export class OpinionDto extends OnBehalfDto {
  @ApiProperty({ example: 'FIRE_EMERGENCY', description: 'a department on the review list' })
  @Matches(/^[A-Z_]{2,64}$/, { message: 'reviewer is a department code such as FIRE_EMERGENCY' })
  reviewer: string;

  @ApiProperty({ enum: REVIEW_OPINIONS })
  @IsIn(REVIEW_OPINIONS)
  opinion: ReviewOpinion;

  @ApiProperty({ example: '消防通道宽度满足要求' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comments: string;

  @ApiPropertyOptional({ type: [String], description: 'required with APPROVE_WITH_CONDITIONS, refused otherwise' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  conditions?: string[];

  @ApiPropertyOptional({
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: "sha256 (hex) of a photo of the department's signed paper opinion; required on its behalf only",
  })
  @Optional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'photoSha256 is 64 lower-case hexadecimal digits' })
  photoSha256?: string;
}

export class ReviewersDto {
  @ApiProperty({ type: [String], example: ['HOUSING', 'FIRE_EMERGENCY', 'WATER'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  reviewers: string[];
}

export class PermitDto {
  @ApiProperty({ example: '建筑工程施工许可证' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  type: string;

  @ApiProperty({ example: '430111202603150101' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  number: string;

  @ApiProperty({ example: '雨花区住房和城乡建设局' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  issuer: string;

  @ApiProperty({ example: '2026-03-15' })
  @IsCalendarDate('issuedOn')
  issuedOn: string;
}

export class ExemptionDto {
  @ApiProperty({ enum: EXEMPTION_BASES, isArray: true, description: 'all three must hold' })
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(EXEMPTION_BASES, { each: true })
  bases: ExemptionBasis[];

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class VolunteerDto {
  @ApiProperty({ example: '刘建华' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional()
  @Optional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone is 5-20 digits' })
  phone?: string;
}

export class TeamDto {
  @ApiProperty({ example: '湖南某建设工程有限公司' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  contractor: string;

  @ApiProperty({ example: '某工程监理有限公司', description: '监理' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  supervisionCompany: string;

  @ApiProperty({ description: 'design-build (EPC) contract' })
  @IsBoolean()
  epc: boolean;

  @ApiProperty({ type: [VolunteerDto], description: 'one or two resident volunteer supervisors' })
  @NestedArray(() => VolunteerDto, { max: 10 })
  volunteerSupervisors: VolunteerDto[];
}
