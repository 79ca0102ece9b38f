import type { CompoundEntity } from '@app/db';
import { ROUND_STATES, ROUND_SUBJECTS, RULE_PROFILE_IDS } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ProjectStateEnum } from '../../http/domain-enums.js';
import { ApiDateTime, ApiDecimal, ApiInteger, ApiUuid, enumOf, everyMember } from '../../http/view-properties.js';

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

export class CompoundHistoryRoundView {
  @ApiUuid()
  id: string;
  @ApiProperty(enumOf(ROUND_SUBJECTS, 'RoundSubject'))
  subject: string;
  @ApiProperty()
  title: string;
  @ApiProperty(enumOf(ROUND_STATES, 'RoundState'))
  state: string;
  @ApiProperty({ enum: ['PASSED', 'FAILED'], nullable: true })
  result: string | null;
  @ApiDateTime({ nullable: true })
  concludedAt: Date | null;
}

export class CompoundHistoryRevisitView {
  @ApiInteger({ description: 'months after acceptance' })
  months: number;
  @ApiDateTime()
  dueAt: Date;
  @ApiProperty({ enum: ['SCHEDULED', 'DUE', 'DONE'] })
  state: string;
  @ApiInteger({ nullable: true })
  score: number | null;
  @ApiProperty({ type: String, nullable: true })
  summary: string | null;
  @ApiDateTime({ nullable: true })
  doneAt: Date | null;
}

export class CompoundHistoryProjectView {
  @ApiUuid()
  projectId: string;
  @ApiProperty()
  name: string;
  @ApiProperty(ProjectStateEnum)
  state: string;
  @ApiProperty(enumOf(RULE_PROFILE_IDS, 'RuleProfileId'))
  ruleProfile: string;
  @ApiProperty({ description: "the project's lead compound, rather than a neighbour in its area" })
  lead: boolean;
  @ApiDateTime()
  createdAt: Date;
  @ApiDateTime({ description: 'when the project took the compound in' })
  coveredFrom: Date;
  @ApiDateTime({ nullable: true, description: 'when the project closed or was cancelled and left the compound free' })
  releasedAt: Date | null;
  @ApiProperty({ type: [CompoundHistoryRoundView], description: "the project's rounds of this compound's households" })
  rounds: CompoundHistoryRoundView[];
  @ApiProperty({ type: [CompoundHistoryRevisitView] })
  revisits: CompoundHistoryRevisitView[];
}

export class CompoundHistoryView {
  @ApiUuid()
  compoundId: string;
  @ApiProperty({ type: [CompoundHistoryProjectView], description: 'newest first' })
  projects: CompoundHistoryProjectView[];
}
