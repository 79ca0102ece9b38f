import type { CompoundEntity } from '@app/db';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiDecimal, ApiInteger, ApiUuid, everyMember } from '../../http/view-properties.js';

export class EligibilityExceptionView {
  @ApiProperty()
  reason: string;

  @ApiProperty({ description: 'the approval document' })
  approvalRef: string;

  @ApiUuid()
  recordedBy: string;

  @ApiDateTime()
  recordedAt: string;
}

export class CompoundView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  districtId: string;

  @ApiProperty({ example: '桂花苑' })
  name: string;

  @ApiProperty()
  address: string;

  @ApiInteger()
  buildYear: number;

  @ApiInteger({ nullable: true })
  buildings: number | null;

  @ApiInteger({ nullable: true, description: 'follows the roster' })
  households: number | null;

  @ApiDecimal({ nullable: true, description: 'm², follows the roster' })
  floorArea: string | null;

  @ApiProperty()
  hasElevator: boolean;

  @ApiProperty()
  inShantytownPlan: boolean;

  @ApiProperty({
    enum: everyMember<NonNullable<CompoundEntity['dangerRating']>>()('A', 'B', 'C', 'D'),
    nullable: true,
    description: 'safety appraisal of the worst building, A (safe) to D (dangerous)',
  })
  dangerRating: string | null;

  @ApiProperty({ type: String, nullable: true, pattern: '^-?[0-9]+\\.[0-9]{6}$', example: '28.112800' })
  latitude: string | null;

  @ApiProperty({ type: String, nullable: true, pattern: '^-?[0-9]+\\.[0-9]{6}$', example: '112.982300' })
  longitude: string | null;

  @ApiProperty({ type: EligibilityExceptionView, nullable: true, description: 'lets a compound built after 2000 proceed' })
  eligibilityException: EligibilityExceptionView | null;

  @ApiDateTime()
  createdAt: Date;

  @ApiDateTime()
  updatedAt: Date;
}
