import { EXEMPTION_BASES, REVIEW_OPINIONS } from '@app/domain';
import type { ReviewView as Review } from '@app/workflow';
import { ApiProperty } from '@nestjs/swagger';
import { EntryEnum } from '../../http/domain-enums.js';
import { ApiDate, ApiDateTime, ApiInteger, ApiUuid, enumOf, everyMember } from '../../http/view-properties.js';

export class ReviewConditionView {
  @ApiProperty()
  text: string;

  @ApiUuid({ nullable: true, description: 'the PM who acknowledged it' })
  acknowledgedBy: string | null;

  @ApiDateTime({ nullable: true })
  acknowledgedAt: string | null;
}

export class ReviewOpinionView {
  @ApiProperty({ example: 'FIRE', description: 'a department code (GET /reviewers)' })
  reviewer: string;

  @ApiProperty(enumOf(REVIEW_OPINIONS, 'ReviewOpinion'))
  opinion: string;

  @ApiProperty()
  comments: string;

  @ApiProperty({ type: [ReviewConditionView] })
  conditions: ReviewConditionView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'who gave it for the department (masked for supervisors); null on opinions recorded before it was asked',
  })
  signer: string | null;

  @ApiProperty(EntryEnum)
  entry: string;

  @ApiProperty({ type: String, nullable: true, description: "the number of the department's paper opinion, entered on its behalf" })
  formNumber: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "sha256 of the photo of the department's paper opinion, entered on its behalf",
  })
  photoSha256: string | null;

  @ApiUuid({ description: 'the user who entered it' })
  recordedBy: string;

  @ApiDateTime()
  recordedAt: Date;
}

/** A joint review (联合审查) of one plan version. */
export class ReviewView {
  @ApiUuid()
  id: string;

  @ApiInteger()
  planVersion: number;

  @ApiProperty({ enum: everyMember<Review['state']>()('OPEN', 'PASSED', 'REJECTED') })
  state: string;

  @ApiProperty({ type: [String], description: 'the departments on the list when it opened' })
  reviewers: string[];

  @ApiDateTime()
  openedAt: Date;

  @ApiDateTime({ nullable: true })
  closedAt: Date | null;

  @ApiProperty({ type: [ReviewOpinionView] })
  opinions: ReviewOpinionView[];
}

export class PermitView {
  @ApiUuid()
  id: string;

  @ApiProperty({ example: '建筑工程施工许可证' })
  type: string;

  @ApiProperty()
  number: string;

  @ApiProperty()
  issuer: string;

  @ApiDate()
  issuedOn: string;
}

export class ExemptionView {
  @ApiProperty({ ...enumOf(EXEMPTION_BASES, 'ExemptionBasis'), isArray: true })
  bases: string[];

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiUuid()
  recordedBy: string;

  @ApiDateTime()
  recordedAt: Date;
}

export class VolunteerSupervisorView {
  @ApiProperty({ description: 'masked for supervisors' })
  name: string;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'null for supervisors' })
  phone?: string | null;
}

export class TeamView {
  @ApiProperty()
  contractor: string;

  @ApiProperty({ description: 'the supervision company (监理)' })
  supervisionCompany: string;

  @ApiProperty()
  epc: boolean;

  @ApiProperty({ type: [VolunteerSupervisorView], description: 'one or two resident volunteers' })
  volunteerSupervisors: VolunteerSupervisorView[];

  @ApiDateTime()
  recordedAt: Date;
}

export class PermitsView {
  @ApiProperty({ type: [PermitView] })
  permits: PermitView[];

  @ApiProperty({ type: ExemptionView, nullable: true })
  exemption: ExemptionView | null;

  @ApiProperty({ type: TeamView, nullable: true })
  team: TeamView | null;
}
