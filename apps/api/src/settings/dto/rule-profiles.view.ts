import { ROUND_SUBJECTS, RULE_PROFILE_IDS } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid, enumOf } from '../../http/view-properties.js';

export class DistrictDefaultView {
  @ApiProperty(enumOf(RULE_PROFILE_IDS, 'RuleProfileId'))
  ruleProfile: string;
  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
  @ApiUuid({ nullable: true, description: 'the admin who set it' })
  setBy: string | null;
  @ApiDateTime()
  setAt: Date;
}

export class SubjectProfileView {
  @ApiProperty(enumOf(ROUND_SUBJECTS, 'RoundSubject'))
  subject: string;
  @ApiProperty({
    ...enumOf(RULE_PROFILE_IDS, 'RuleProfileId'),
    nullable: true,
    description: "what a new round inherits; null when several profiles would do and the round's creator names one",
  })
  ruleProfile: string | null;
  @ApiProperty({ enum: ['DISTRICT', 'SHIPPED'] })
  origin: string;
  @ApiProperty({ type: DistrictDefaultView, nullable: true, description: "the district's own default, where set" })
  district: DistrictDefaultView | null;
}

export class DistrictRuleProfilesView {
  @ApiUuid()
  districtId: string;
  @ApiProperty({ type: [SubjectProfileView] })
  subjects: SubjectProfileView[];
}
