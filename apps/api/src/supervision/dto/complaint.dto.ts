import { MachineEventDto } from '../../http/machine-event.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { Optional } from '../../http/validation.js';

/** A complaint from one covered compound. */
export class ComplaintDto extends CompoundRefDto {
  @ApiProperty({ example: '夜间施工噪音扰民' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  subject: string;

  @ApiPropertyOptional({ description: 'personal data: masked for supervisors' })
  @Optional()
  @IsString()
  @MaxLength(100)
  complainantName?: string;

  @ApiPropertyOptional({ description: 'personal data: masked for supervisors' })
  @Optional()
  @IsString()
  @MaxLength(50)
  complainantContact?: string;

  @ApiPropertyOptional({ default: 3, description: 'days to respond' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(30)
  responseDays?: number;
}

export class ComplaintEventDto extends MachineEventDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(200)
  handler?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  resolution?: string;

  @ApiPropertyOptional({ description: "the complainant's words at the revisit" })
  @Optional()
  @IsString()
  @MaxLength(5000)
  acknowledgement?: string;
}
