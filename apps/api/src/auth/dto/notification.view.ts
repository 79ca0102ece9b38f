import type { OverdueSubject } from '@app/workflow';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid, BilingualView, enumOf, everyMember } from '../../http/view-properties.js';

const OverdueKindEnum = enumOf(
  everyMember<OverdueSubject['kind']>()('REPORT_OVERDUE', 'COMPLAINT_LATE', 'FINDING_OVERDUE', 'REVISIT_DUE'),
  'OverdueKind',
);
const OverdueSubjectTypeEnum = enumOf(
  everyMember<OverdueSubject['subjectType']>()('report', 'complaint', 'finding', 'revisit'),
  'OverdueSubjectType',
);
/** Who a notice goes to: the district's PMs at once, its supervisors after the grace period. */
const NoticeLevelEnum = enumOf(['PM', 'SUPERVISOR'], 'NoticeLevel');

/** Late work, as the inbox and the district's webhook tell it. */
class NoticeView {
  @ApiProperty(OverdueKindEnum)
  kind: string;

  @ApiProperty(NoticeLevelEnum)
  level: string;

  @ApiProperty(OverdueSubjectTypeEnum)
  subjectType: string;

  @ApiUuid()
  subjectId: string;

  @ApiUuid()
  projectId: string;

  @ApiProperty({ type: BilingualView })
  message: BilingualView;
}

/** What a district's webhook receives (the body adds the delivery id). */
export class NoticeEventView extends NoticeView {
  @ApiDateTime()
  at: string;
}

export class NotificationView extends NoticeView {
  @ApiUuid()
  id: string;

  @ApiDateTime()
  createdAt: Date;

  @ApiDateTime({ nullable: true })
  readAt: Date | null;
}
