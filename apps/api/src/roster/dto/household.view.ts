import { ApiProperty } from '@nestjs/swagger';
import { ApiDecimal, ApiInteger, ApiUuid } from '../../http/view-properties.js';

export class HouseholdView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  compoundId: string;

  @ApiProperty({ example: '1' })
  building: string;

  @ApiProperty({ example: '2' })
  unit: string;

  @ApiProperty({ example: '301' })
  room: string;

  @ApiDecimal({ description: 'm²' })
  floorArea: string;

  @ApiProperty({ type: String, nullable: true, description: 'masked for supervisors' })
  ownerName: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'masked for supervisors' })
  ownerPhone: string | null;
}

export class RosterImportView {
  @ApiInteger({ description: 'households added' })
  created: number;

  @ApiInteger({ description: 'units already on the roster, updated' })
  updated: number;

  @ApiInteger()
  total: number;
}
