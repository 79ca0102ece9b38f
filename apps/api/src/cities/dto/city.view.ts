import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid } from '../../http/view-properties.js';

/** A city as other views name it. */
export class CityNameView {
  @ApiUuid()
  id: string;
  @ApiProperty({ example: 'changsha' })
  code: string;
  @ApiProperty({ example: '长沙市' })
  name: string;
}

export class CityView extends CityNameView {
  @ApiDateTime()
  createdAt: Date;
}
