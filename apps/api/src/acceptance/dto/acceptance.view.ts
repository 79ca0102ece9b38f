import type { SignatureInput } from '@app/domain';
import type { AcceptanceService } from '@app/workflow';
import { ApiProperty } from '@nestjs/swagger';
import { EntryEnum } from '../../http/domain-enums.js';
import { ApiDateTime, ApiUuid, enumOf, everyMember } from '../../http/view-properties.js';

type Form = NonNullable<Awaited<ReturnType<AcceptanceService['form']>>>;

const SignatureOpinionEnum = enumOf(everyMember<SignatureInput['opinion']>()('PASS', 'FAIL'), 'SignatureOpinion');

export class SignatureView {
  @ApiProperty({ example: 'OWNER_REPRESENTATIVES', description: 'a party code (GET /acceptance-parties)' })
  party: string;

  @ApiProperty({ description: 'masked for supervisors' })
  signer: string;

  @ApiProperty(SignatureOpinionEnum)
  opinion: string;

  @ApiProperty()
  comments: string;

  @ApiProperty(EntryEnum)
  entry: string;

  @ApiProperty({ type: String, nullable: true, description: "the paper form's number, entered on the party's behalf" })
  formNumber: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "sha256 of the archived photo of the signed paper form, entered on the party's behalf",
  })
  photoSha256: string | null;

  @ApiUuid({ description: 'the user who entered it' })
  recordedBy: string;

  @ApiProperty({ description: 'the name of the user who entered it; masked for supervisors' })
  recordedByName: string;

  @ApiDateTime()
  signedAt: Date;
}

/** A joint acceptance form (联合验收表) with its signatures. */
export class AcceptanceFormView {
  @ApiUuid()
  id: string;

  @ApiProperty({ enum: everyMember<Form['state']>()('OPEN', 'PASSED', 'FAILED') })
  state: string;

  @ApiProperty({ type: [String], description: 'the party codes that sign it' })
  parties: string[];

  @ApiProperty({ type: String, nullable: true, description: 'what a failed acceptance asks to rectify' })
  rectification: string | null;

  @ApiDateTime()
  openedAt: Date;

  @ApiDateTime({ nullable: true })
  closedAt: Date | null;

  @ApiProperty({ type: [SignatureView] })
  signatures: SignatureView[];
}

export class SignedView {
  @ApiProperty()
  party: string;

  @ApiProperty(SignatureOpinionEnum)
  opinion: string;

  @ApiProperty(EntryEnum)
  entry: string;

  @ApiDateTime()
  signedAt: Date;
}
