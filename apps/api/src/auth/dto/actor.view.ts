import { ApiProperty } from '@nestjs/swagger';
import { RoleEnum } from '../../http/domain-enums.js';
import { ApiUuid } from '../../http/view-properties.js';

/** The caller, as the API sees them on this request. */
export class ActorView {
  @ApiUuid()
  userId: string;

  @ApiProperty(RoleEnum)
  role: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  districtIds: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  compoundIds: string[];
}
