import { ApiProperty } from '@nestjs/swagger';
import { RoleEnum } from '../../http/domain-enums.js';
import { NoticeEventView } from '../../auth/dto/notification.view.js';
import { ApiDateTime, ApiInteger, ApiUuid } from '../../http/view-properties.js';

export class DistrictView {
  @ApiUuid()
  id: string;

  @ApiProperty({ example: 'yuhua' })
  code: string;

  @ApiProperty({ example: '雨花区' })
  name: string;

  @ApiUuid()
  cityId: string;

  @ApiProperty({ example: '长沙市', description: "the city's name" })
  city: string;

  @ApiDateTime()
  createdAt: Date;
}

/** An account as administrators see it; the password hash never leaves the database. */
export class UserView {
  @ApiUuid()
  id: string;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty(RoleEnum)
  role: string;

  @ApiProperty({ description: 'a deactivated user is refused at once' })
  active: boolean;

  @ApiProperty({ type: [String], format: 'uuid', description: 'districts of a PM or supervisor' })
  districtIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: "compounds of a residents' committee recorder" })
  compoundIds: string[];

  @ApiProperty({ type: String, nullable: true, description: 'the acceptance party or reviewing department a PM or supervisor works for' })
  organisation: string | null;

  @ApiDateTime()
  createdAt: Date;
}

export class WebhookView {
  @ApiProperty({ example: 'https://oa.example.gov.cn/renovation' })
  url: string;
}

export class WebhookDeliveryView {
  @ApiUuid()
  id: string;

  @ApiProperty({ type: NoticeEventView })
  event: NoticeEventView;

  @ApiInteger()
  attempts: number;

  @ApiInteger({ nullable: true, description: 'HTTP status of the last attempt' })
  lastStatus: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiDateTime({ nullable: true })
  lastAttemptAt: Date | null;

  @ApiDateTime({ nullable: true })
  deliveredAt: Date | null;

  @ApiDateTime()
  createdAt: Date;
}
