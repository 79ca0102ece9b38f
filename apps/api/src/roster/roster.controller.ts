import { ROSTER_COLUMNS, type Actor } from '@app/domain';
import {
  RosterService,
  templateWorkbook,
  type Household,
  type HouseholdMove,
  type RosterConfirmationView as Confirmation,
} from '@app/workflow';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { ImportQueryDto, isDryRun } from '../http/import.js';
import { FileUpload, UploadedFile, type UploadedFileData, uploadedTable } from '../http/upload.js';
import { uuidPipe } from '../http/validation.js';
import { ApiFileResponse, pageOf, XLSX } from '../http/view-properties.js';
import { ConfirmRosterDto, HouseholdDto, HouseholdMoveDto, RosterQueryDto, UpdateHouseholdDto } from './dto/household.dto.js';
import { HouseholdMoveView, HouseholdView, RosterConfirmationView, RosterImportView } from './dto/household.view.js';

/** Areas cross into the services as exact decimal text. */
function toInput<T extends Partial<HouseholdDto>>(
  b: T,
): Omit<T, 'floorArea'> & { floorArea: T['floorArea'] extends number ? string : string | undefined } {
  return { ...b, floorArea: b.floorArea?.toFixed(2) } as never;
}

@ApiTags('roster')
@Controller()
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Get('compounds/:id/households')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The household roster of a compound',
    description:
      'The households on the roster now; with includeDeparted=true also those that moved out, merged or split, after them. Owner names and phones are masked for supervisors.',
  })
  @ApiOkResponse({ type: pageOf(HouseholdView) })
  @ApiProblems(400, 404)
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Query() query: RosterQueryDto,
  ): Promise<{ items: Household[]; total: number }> {
    return this.roster.list(actor, id, query, query.includeDeparted === 'true');
  }

  @Post('compounds/:id/households')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({ summary: 'Add a household', description: 'The unit key (building, unit, room) is unique in the compound.' })
  @ApiCreatedResponse({ type: HouseholdView })
  @ApiProblems(400, 404, 409, 422)
  create(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: HouseholdDto): Promise<Household> {
    return this.roster.create(actor, id, toInput(body));
  }

  @Patch('households/:id')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({ summary: 'Correct a household' })
  @ApiOkResponse({ type: HouseholdView })
  @ApiProblems(400, 404, 409, 422)
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: UpdateHouseholdDto): Promise<Household> {
    return this.roster.update(actor, id, toInput(body));
  }

  @Delete('households/:id')
  @HttpCode(204)
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({
    summary: 'Remove a household entered by mistake',
    description: 'A household some round has counted stays (409). The roster confirmation goes stale.',
  })
  @ApiNoContentResponse({ description: 'removed' })
  @ApiProblems(400, 404, 409)
  async remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<void> {
    await this.roster.remove(actor, id);
  }

  @Post('households/:id/moves')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({
    summary: 'Record that a household moved out, merged or split',
    description:
      'It leaves the roster, with the reason and the day; a split adds the households it became. Snapshots of rounds already open keep it; rounds opened after use the roster as it is now. A household already gone is 409. The roster confirmation goes stale. Audited.',
  })
  @ApiCreatedResponse({ type: HouseholdMoveView })
  @ApiProblems(400, 404, 409, 422)
  move(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: HouseholdMoveDto): Promise<HouseholdMove> {
    return this.roster.move(actor, id, { ...body, newHouseholds: body.newHouseholds?.map((h) => toInput(h)) });
  }

  @Get('compounds/:id/roster/confirmation')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: "Whether the compound's roster is confirmed complete",
    description: "The roster's count against the survey's, and the last confirmation: CONFIRMED, STALE (changed since) or UNCONFIRMED.",
  })
  @ApiOkResponse({ type: RosterConfirmationView })
  @ApiProblems(400, 404)
  confirmation(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<Confirmation> {
    return this.roster.confirmation(actor, id);
  }

  @Post('compounds/:id/roster/confirmation')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({
    summary: 'Confirm the roster complete',
    description:
      "Compares the roster's count with the survey's; a difference (or no survey count) needs a reason. A round opens only on a confirmed roster; any later change to the roster makes the confirmation stale.",
  })
  @ApiCreatedResponse({ type: RosterConfirmationView })
  @ApiProblems(400, 404, 422)
  confirm(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ConfirmRosterDto): Promise<Confirmation> {
    return this.roster.confirm(actor, id, body);
  }

  @Get('households/import-template.xlsx')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @Header('Content-Type', XLSX)
  @Header(
    'Content-Disposition',
    `attachment; filename="roster-template.xlsx"; filename*=UTF-8''${encodeURIComponent('住户花名册导入模板.xlsx')}`,
  )
  @ApiFileResponse(XLSX, 'the headers the roster import reads, one example row, and notes on each column')
  @ApiOperation({ summary: 'The roster import template (XLSX)' })
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await templateWorkbook('住户花名册', ROSTER_COLUMNS));
  }

  @Post('compounds/:id/households/import')
  @HttpCode(200)
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @FileUpload(
    'CSV (UTF-8 or GBK) or XLSX; columns 楼栋, 单元, 房号, 建筑面积 and optionally 户主姓名, 联系电话, under any title rows; other columns are ignored',
  )
  @ApiOperation({
    summary: 'Import a roster',
    description:
      'All or nothing: a file with any bad row is refused with every row error (line, column, reason in Chinese). Units already on the roster are updated. The header is found below any title rows; columns not read are named in ignoredColumns. With dryRun=true nothing is written: the answer lists every row error and what would be written.',
  })
  @ApiOkResponse({ type: RosterImportView })
  @ApiProblems(400, 404, 413, 422)
  import(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Query() query: ImportQueryDto,
    @UploadedFile() file?: UploadedFileData,
  ) {
    return this.roster.import(actor, id, uploadedTable(file), isDryRun(query));
  }
}
