import { ApiProperty } from '@nestjs/swagger';
import { RoleEnum } from '../../http/domain-enums.js';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'demo-pm' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class TokenDto {
  @ApiProperty()
  accessToken: string;
  @ApiProperty({ example: 'Bearer' })
  tokenType: string;
  @ApiProperty({ type: 'integer', description: 'seconds' })
  expiresIn: number;
  @ApiProperty(RoleEnum)
  role: string;
}
