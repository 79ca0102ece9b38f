import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ImportReportView } from '../../http/import.js';
import type { HouseholdStatus } from '@app/workflow';
import { ApiDate, ApiDateTime, ApiDecimal, ApiInteger, ApiUuid, everyMember } from '../../http/view-properties.js';
import { MOVE_KINDS } from './household.dto.js';

const STATUSES = everyMember<HouseholdStatus>()('CURRENT', 'MOVED_OUT', 'MERGED', 'SPLIT');

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

  @ApiProperty({ enum: STATUSES, description: 'CURRENT: on the roster; the others left it and are kept for the rounds that counted them' })
  status: string;

  @ApiDate({ nullable: true, description: 'the day it left the roster' })
  leftOn: string | null;
}

export class HouseholdRowView extends OmitType(HouseholdView, ['id', 'compoundId', 'status', 'leftOn']) {}

export class HouseholdMoveView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  compoundId: string;

  @ApiUuid({ description: 'the household that left the roster' })
  householdId: string;

  @ApiProperty({ enum: MOVE_KINDS })
  kind: string;

  @ApiProperty()
  reason: string;

  @ApiDate()
  on: string;

  @ApiUuid({ nullable: true, description: 'MERGED: the household it merged into' })
  intoHouseholdId: string | null;

  @ApiProperty({ type: [HouseholdView], description: 'SPLIT: the households it became, now on the roster' })
  newHouseholds: HouseholdView[];

  @ApiUuid()
  recordedBy: string;

  @ApiDateTime()
  recordedAt: Date;
}

export class RosterImportView extends ImportReportView {
  @ApiInteger({ description: 'households added (in a dry run: that would be added)' })
  created: number;

  @ApiInteger({ description: 'units already on the roster, updated (in a dry run: that would be updated)' })
  updated: number;

  @ApiInteger({ description: 'rows read below the header' })
  total: number;

  @ApiProperty({ type: [HouseholdRowView], description: 'the first 20 rows as written (or as they would be)' })
  sample: HouseholdRowView[];
}

export class RosterConfirmationRecordView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ description: 'the roster revision it was given on' })
  revision: number;
  @ApiProperty()
  households: number;
  @ApiProperty({ type: Number, nullable: true })
  surveyHouseholds: number | null;
  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
  @ApiProperty({ format: 'uuid' })
  confirmedBy: string;
  @ApiProperty()
  confirmedAt: Date;
}

export class RosterConfirmationView {
  @ApiProperty({ format: 'uuid' })
  compoundId: string;
  @ApiProperty({
    enum: ['UNCONFIRMED', 'CONFIRMED', 'STALE'],
    description: 'STALE: the roster or the survey count changed after the last confirmation',
  })
  state: string;
  @ApiProperty({ description: 'moves on with every add, edit, import, household move or removal' })
  revision: number;
  @ApiProperty({ description: 'households on the roster now' })
  households: number;
  @ApiProperty({ type: Number, nullable: true, description: "the household count of the survey of the compound's active project" })
  surveyHouseholds: number | null;
  @ApiProperty({ type: RosterConfirmationRecordView, nullable: true })
  confirmation: RosterConfirmationRecordView | null;
}
