import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class SignatureDto {
  @ApiProperty({ example: 'OWNER_REPRESENTATIVES', description: 'a party on the form' })
  @Matches(/^[A-Z_]{2,64}$/, { message: 'party is a code such as OWNER_REPRESENTATIVES' })
  party: string;

  @ApiProperty({ example: '张建国', description: 'the person who signed for the party; masked for supervisors' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  signer: string;

  @ApiProperty({ enum: ['PASS', 'FAIL'] })
  @IsIn(['PASS', 'FAIL'])
  opinion: 'PASS' | 'FAIL';

  @ApiProperty({ example: '同意验收' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comments: string;
}

export class PartiesDto {
  @ApiProperty({ type: [String], example: ['CONSTRUCTION_UNIT', 'CONTRACTOR', 'SUPERVISION', 'OWNER_REPRESENTATIVES'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  parties: string[];
}
