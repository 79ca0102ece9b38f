import { ADMISSION_ITEMS, FUNDING_SOURCES } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ApiYuan } from '../../http/money.js';
import { ApiDateTime, ApiInteger, ApiUuid, enumOf } from '../../http/view-properties.js';

const AdmissionItemEnum = enumOf(ADMISSION_ITEMS, 'AdmissionItem');

export class AdmissionView {
  @ApiUuid({ description: 'the covered compound whose residents accepted it' })
  compoundId: string;

  @ApiProperty(AdmissionItemEnum)
  item: string;

  @ApiProperty({ description: 'how residents agreed (meeting minutes, signed undertakings)' })
  basis: string;

  @ApiUuid()
  confirmedBy: string;

  @ApiDateTime()
  confirmedAt: Date;
}

/** The admission conditions one covered compound's residents have still to accept. */
export class MissingAdmissionView {
  @ApiUuid()
  compoundId: string;

  @ApiProperty({ ...AdmissionItemEnum, isArray: true })
  items: string[];
}

export class FundingSourceView {
  @ApiProperty(enumOf(FUNDING_SOURCES, 'FundingSource'))
  source: string;

  @ApiYuan({ description: 'committed' })
  amount: string;

  @ApiYuan({ description: 'arrived so far' })
  received: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'social capital only: whether it comes in return for operating public space' })
  publicSpace: boolean | null;

  @ApiUuid({ nullable: true, description: "the owners' PUBLIC_SPACE_OPERATION round that allowed it" })
  consentRoundId: string | null;
}

/** The funding plan (一本账), in yuan. */
export class FundingView {
  @ApiYuan({ description: 'the declared budget' })
  budget: string;

  @ApiYuan({ description: 'committed by every source' })
  raised: string;

  @ApiYuan({ description: 'budget not yet covered, never negative' })
  gap: string;

  @ApiYuan()
  received: string;

  @ApiYuan({ nullable: true, description: 'budget of the current plan version; null before there is one' })
  planBudget: string | null;

  @ApiYuan({ nullable: true, description: 'the current plan not yet covered, never negative' })
  planGap: string | null;

  @ApiYuan({ nullable: true, description: 'items of the current plan that residents pay for' })
  residentsItems: string | null;

  @ApiYuan({ description: 'what residents committed' })
  residentsCommitted: string;

  @ApiProperty({ type: [FundingSourceView] })
  sources: FundingSourceView[];
}

export class PlanningView {
  @ApiInteger({ nullable: true })
  planYear: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'the implementing entity (实施主体)' })
  implementingEntity: string | null;

  @ApiProperty({ type: [AdmissionView] })
  admission: AdmissionView[];

  @ApiProperty({ ...AdmissionItemEnum, isArray: true, description: 'missing in at least one covered compound' })
  missingAdmissionItems: string[];

  @ApiProperty({ type: [MissingAdmissionView], description: 'per covered compound with something missing, the lead first' })
  missingByCompound: MissingAdmissionView[];

  @ApiProperty({ type: FundingView, nullable: true, description: 'null until a funding plan is recorded' })
  funding: FundingView | null;
}
