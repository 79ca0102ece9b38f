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

export class NamedPlaceView {
  @ApiUuid()
  id: string;

  @ApiProperty({ example: '雨花区' })
  name: string;
}

export class NamedCompoundView extends NamedPlaceView {
  @ApiUuid()
  districtId: string;
}

/** The caller with the places of their scope by name, for a console to show. */
export class ProfileView extends ActorView {
  @ApiProperty({ example: 'demo-pm' })
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ type: [NamedPlaceView] })
  districts: NamedPlaceView[];

  @ApiProperty({ type: [NamedCompoundView] })
  compounds: NamedCompoundView[];
}
