import { PASSWORD_MIN_LENGTH } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { RoleEnum } from '../../http/domain-enums.js';
import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * A password being set: only its type and an upper bound here, so that the policy (length, blank,
 * username, common) answers every other fault as a 422 naming its rule.
 */
export const NewPassword = () => (target: object, property: string) => {
  ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 })(target, property);
  IsString()(target, property);
  MaxLength(200)(target, property);
};

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

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @NewPassword()
  newPassword: string;
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
