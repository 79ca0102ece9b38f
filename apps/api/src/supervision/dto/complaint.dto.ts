import { MachineEventDto } from '../../http/machine-event.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

/** A complaint from one covered compound. */
export class ComplaintDto extends CompoundRefDto {
  @ApiProperty({ example: '夜间施工噪音扰民' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  subject: string;

  @ApiPropertyOptional({ description: 'personal data: masked for supervisors' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  complainantName?: string;

  @ApiPropertyOptional({ description: 'personal data: masked for supervisors' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  complainantContact?: string;

  @ApiPropertyOptional({ default: 3, description: 'days to respond' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  responseDays?: number;
}

export class ComplaintEventDto extends MachineEventDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  handler?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  resolution?: string;

  @ApiPropertyOptional({ description: "the complainant's words at the revisit" })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  acknowledgement?: string;
}
