import { COMPLAINT_EVENTS, COMPLAINT_STATES } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid, enumOf } from '../../http/view-properties.js';

export class ComplaintStepView {
  @ApiProperty(enumOf(COMPLAINT_EVENTS, 'ComplaintEvent'))
  event: string;

  @ApiUuid()
  by: string;

  @ApiDateTime()
  at: string;

  @ApiProperty({ type: String, nullable: true, description: "the handler, the resolution, the complainant's words or the reason" })
  note: string | null;
}

export class ComplaintView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  projectId: string;

  @ApiUuid({ description: 'the covered compound it came from' })
  compoundId: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ type: String, nullable: true, description: 'masked for supervisors' })
  complainantName: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'masked for supervisors' })
  complainantContact: string | null;

  @ApiProperty(enumOf(COMPLAINT_STATES, 'ComplaintState'))
  state: string;

  @ApiUuid()
  receivedBy: string;

  @ApiDateTime()
  receivedAt: Date;

  @ApiDateTime({ description: 'the response limit' })
  respondBy: Date;

  @ApiDateTime({ nullable: true, description: 'when the limit passed unanswered' })
  responseOverdueAt: Date | null;

  @ApiProperty({ type: [ComplaintStepView] })
  steps: ComplaintStepView[];
}
