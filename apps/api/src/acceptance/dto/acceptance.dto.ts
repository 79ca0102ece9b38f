import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { OnBehalfDto } from '../../http/on-behalf.dto.js';
import { Optional } from '../../http/validation.js';

export class SignatureDto extends OnBehalfDto {
  @ApiProperty({ example: 'OWNER_REPRESENTATIVES', description: 'a party on the form' })
  @Matches(/^[A-Z_]{2,64}$/, { message: 'party is a code such as OWNER_REPRESENTATIVES' })
  party: string;

  @ApiProperty({ enum: ['PASS', 'FAIL'] })
  @IsIn(['PASS', 'FAIL'])
  opinion: 'PASS' | 'FAIL';

  @ApiProperty({ example: '同意验收' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comments: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "a photo (JPEG or PNG) of the signed paper form uploaded to the project's archive; required on a party's behalf only",
  })
  @Optional()
  @IsUUID('all')
  photoDocumentId?: string;
}

export class PartiesDto {
  @ApiProperty({ type: [String], example: ['CONSTRUCTION_UNIT', 'CONTRACTOR', 'SUPERVISION', 'OWNER_REPRESENTATIVES'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  parties: string[];
}
