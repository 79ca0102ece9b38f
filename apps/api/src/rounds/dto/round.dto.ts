import { ROUND_SUBJECTS, VOTE_CHANNELS, VOTE_CHOICES, type RoundSubject, type VoteChannel, type VoteChoice } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { RuleProfileReason } from '../../http/rule-profile-reason.decorator.js';
import { Optional, PG_INT_MAX } from '../../http/validation.js';

/** A round of one covered compound's households. */
export class CreateRoundDto extends CompoundRefDto {
  @ApiProperty({ enum: ROUND_SUBJECTS })
  @IsIn(ROUND_SUBJECTS)
  subject: RoundSubject;

  @ApiProperty({ example: '桂花苑改造意愿征询' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({
    description: "defaults to the inherited one: the project's override, the district's default for the subject, or as shipped",
  })
  @Optional()
  @IsString()
  @MaxLength(64)
  ruleProfile?: string;

  @RuleProfileReason()
  ruleProfileReason?: string;

  @ApiPropertyOptional({ default: 7, minimum: 1, maximum: 90, description: 'length of the public notice in days' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(90)
  publicityDays?: number;

  @ApiPropertyOptional({ description: 'the plan version a PLAN round consults on' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(PG_INT_MAX)
  planVersion?: number;
}

export class VoteDto {
  @ApiProperty()
  @IsUUID()
  householdId: string;

  @ApiProperty({ enum: VOTE_CHOICES })
  @IsIn(VOTE_CHOICES)
  choice: VoteChoice;

  @ApiProperty({ description: 'the household signed the form (签字)' })
  @IsBoolean()
  signed: boolean;

  @ApiProperty({ enum: VOTE_CHANNELS })
  @IsIn(VOTE_CHANNELS)
  channel: VoteChannel;

  @ApiPropertyOptional({ example: 'GHY-2026-0153', description: 'paper form number' })
  @Optional()
  @IsString()
  @MaxLength(100)
  formNumber?: string;

  @ApiPropertyOptional({ type: [String], description: 'PLAN rounds: keys of the optional items this household wants (由居民点菜)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  chosenItems?: string[];

  @ApiPropertyOptional({ description: 'sha256 of the photo of the signed form' })
  @Optional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'photoHash is a hex sha256' })
  photoHash?: string;
}

export class ObjectionDto {
  @ApiPropertyOptional({ description: 'the objecting household, if it is on the round roster' })
  @Optional()
  @IsUUID()
  householdId?: string;

  @ApiProperty({ example: '反对拆除自行车棚' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text: string;
}

export class ObjectionResponseDto {
  @ApiProperty({ enum: ['ADOPTED', 'EXPLAINED'], description: 'ADOPTED: the plan changes; EXPLAINED: why not' })
  @IsIn(['ADOPTED', 'EXPLAINED'])
  response: 'ADOPTED' | 'EXPLAINED';

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text: string;
}
