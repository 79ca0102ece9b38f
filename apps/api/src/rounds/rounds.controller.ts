import { TALLY_COLUMNS, type Actor } from '@app/domain';
import { RoundService, RuleProfileCatalog, TallyNoticeService, templateWorkbook, type RoundView } from '@app/workflow';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { ImportQueryDto, isDryRun } from '../http/import.js';
import { PageQueryDto } from '../http/page.dto.js';
import { ApiFileResponse, ApiPrintableResponse, HTML, pageOf, XLSX } from '../http/view-properties.js';
import { FileUpload, UploadedFile, type UploadedFileData, uploadedTable } from '../http/upload.js';
import { uuidPipe } from '../http/validation.js';
import { MachineEventDto } from '../http/machine-event.dto.js';
import { CreateRoundDto, ObjectionDto, ObjectionResponseDto, VoteDto } from './dto/round.dto.js';
import {
  CurrentVoteView,
  ItemChoicesView,
  LedgerBrokenView,
  LedgerIntactView,
  ObjectionView,
  PendingHouseholdView,
  RecordedVoteView,
  RoundView as RoundBody,
  RuleProfileView,
  TallyView,
  VoteImportView,
} from './dto/round.view.js';

@ApiTags('consultation')
@Controller()
export class RoundsController {
  constructor(
    private readonly rounds: RoundService,
    private readonly profiles: RuleProfileCatalog,
    private readonly notices: TallyNoticeService,
  ) {}

  @Get('rule-profiles')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Consent rule profiles',
    description: 'Each condition: numerator set / denominator set against a threshold, by headcount or floor area.',
  })
  @ApiOkResponse({ type: [RuleProfileView] })
  ruleProfiles() {
    return this.profiles.list();
  }

  @Post('projects/:id/rounds')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({ summary: 'Draft a consultation round' })
  @ApiCreatedResponse({ type: RoundBody })
  @ApiProblems(400, 404, 409, 422)
  create(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: CreateRoundDto): Promise<RoundView> {
    return this.rounds.create(actor, id, body);
  }

  @Get('projects/:id/rounds')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: "A project's consultation rounds" })
  @ApiOkResponse({ type: [RoundBody] })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<RoundView[]> {
    return this.rounds.list(actor, id);
  }

  @Get('rounds/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One round' })
  @ApiOkResponse({ type: RoundBody })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<RoundView> {
    return this.rounds.get(actor, id);
  }

  @Post('rounds/:id/transitions')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Fire a round event',
    description:
      'OPEN snapshots the roster; CLOSE freezes the tally and the ledger head; START_PUBLICITY schedules its end, which the worker concludes.',
  })
  @ApiOkResponse({ type: RoundBody })
  @ApiProblems(400, 404, 409, 422)
  fire(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: MachineEventDto): Promise<RoundView> {
    return this.rounds.fire(actor, id, body);
  }

  @Post('rounds/:id/votes')
  @HttpCode(200)
  @Roles('RESIDENTS_COMMITTEE')
  @ApiOperation({
    summary: "Record a household's vote",
    description: 'Idempotent; a changed vote is appended to the ledger, the history kept. 409 once the round is closed.',
  })
  @ApiOkResponse({ type: RecordedVoteView })
  @ApiProblems(400, 404, 409, 422)
  vote(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: VoteDto) {
    return this.rounds.recordVote(actor, id, body);
  }

  @Get('votes/import-template.xlsx')
  @Roles('RESIDENTS_COMMITTEE')
  @Header('Content-Type', XLSX)
  @Header(
    'Content-Disposition',
    `attachment; filename="tally-template.xlsx"; filename*=UTF-8''${encodeURIComponent('表决结果导入模板.xlsx')}`,
  )
  @ApiFileResponse(XLSX, 'the headers the paper tally import reads, one example row, and notes on each column')
  @ApiOperation({ summary: 'The paper tally import template (XLSX)' })
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await templateWorkbook('表决结果', TALLY_COLUMNS));
  }

  @Get('rounds/:id/votes/import-template.xlsx')
  @Roles('RESIDENTS_COMMITTEE')
  @Header('Content-Type', XLSX)
  @Header(
    'Content-Disposition',
    `attachment; filename="tally-template.xlsx"; filename*=UTF-8''${encodeURIComponent('表决结果导入模板.xlsx')}`,
  )
  @ApiFileResponse(XLSX, "the template for this round: a PLAN round's adds one column per optional item, headed by its name")
  @ApiOperation({ summary: 'The paper tally import template for one round (XLSX)', description: 'Read like the round.' })
  @ApiProblems(400, 404)
  async roundTemplate(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.rounds.importTemplate(actor, id));
  }

  @Post('rounds/:id/votes/import')
  @HttpCode(200)
  @Roles('RESIDENTS_COMMITTEE')
  @FileUpload(
    'CSV (UTF-8 or GBK) or XLSX; columns 楼栋, 单元, 房号, 意见 (同意/不同意/弃权), 签字 (√/是/已签, ×/否/未签), optionally 方式, 表单编号, 照片哈希 and, in a PLAN round, the optional items chosen (a 选择项目 column of item codes or names, or one column per item headed by its code or name, marked √/是 or ×/否), under any title rows; other columns are ignored',
  )
  @ApiOperation({
    summary: 'Import a paper tally',
    description:
      'All or nothing, with a row-level report of every bad row (in Chinese). With dryRun=true nothing is written: the answer lists every row error and the votes that would be recorded.',
  })
  @ApiOkResponse({ type: VoteImportView })
  @ApiProblems(400, 404, 409, 413, 422)
  importVotes(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Query() query: ImportQueryDto,
    @UploadedFile() file?: UploadedFileData,
  ) {
    return this.rounds.importVotes(actor, id, uploadedTable(file), isDryRun(query));
  }

  @Get('rounds/:id/votes')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Current votes by unit' })
  @ApiOkResponse({ type: pageOf(CurrentVoteView) })
  @ApiProblems(400, 404)
  votes(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Query() page: PageQueryDto) {
    return this.rounds.votes(actor, id, page);
  }

  @Get('rounds/:id/tally')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The tally',
    description: 'Per condition: numerator, denominator, threshold, pass/fail and the gap with the units to win over. Frozen at close.',
  })
  @ApiOkResponse({ type: TallyView })
  @ApiProblems(400, 404, 409)
  tally(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.rounds.tally(actor, id);
  }

  @Get('rounds/:id/tally.xlsx')
  @Roles(...ALL_ROLES)
  @Header('Content-Type', XLSX)
  @ApiFileResponse(
    XLSX,
    'two sheets: 计票结果 (the tally) and 公示 (the notice: the result per building, every household with its answer, owners masked, and the ledger head to check later)',
  )
  @ApiOperation({
    summary: 'The tally and its public notice (公示) as XLSX',
    description:
      'Read like the tally. Owners\u2019 names are masked for every reader, as a notice posted in the compound needs; no phones.',
  })
  @ApiProblems(400, 404, 409)
  async tallyWorkbook(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.notices.workbook(actor, id);
    res.header('Content-Disposition', `attachment; filename="tally-${id}.xlsx"`);
    return new StreamableFile(file);
  }

  @Get('rounds/:id/tally.html')
  @Roles(...ALL_ROLES)
  @Header('Content-Type', HTML)
  @ApiPrintableResponse('the tally and the notice laid out for A4 paper, Beijing times, in Chinese, owners masked')
  @ApiOperation({ summary: 'The tally and its public notice (公示) as a page to print', description: 'Read like the tally.' })
  @ApiProblems(400, 404, 409)
  tallyPrintable(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<string> {
    return this.notices.printable(actor, id);
  }

  @Get('rounds/:id/item-choices')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: "Residents' choice of optional items",
    description: 'An optional item is in when more than half of the respondents chose it.',
  })
  @ApiOkResponse({ type: ItemChoicesView })
  @ApiProblems(400, 404, 409)
  itemChoices(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.rounds.itemChoices(actor, id);
  }

  @Get('rounds/:id/pending')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Households not yet responded', description: 'For the door-to-door follow-up.' })
  @ApiOkResponse({ type: pageOf(PendingHouseholdView) })
  @ApiProblems(400, 404)
  pending(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Query() page: PageQueryDto) {
    return this.rounds.pending(actor, id, page);
  }

  @Get('rounds/:id/pending.xlsx')
  @Roles(...ALL_ROLES)
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="door-knocking-list.xlsx"')
  @ApiFileResponse(XLSX, 'building, unit, room, area, owner and phone of each household not yet answered')
  @ApiOperation({
    summary: 'The door-knocking list: households not yet answered, as XLSX',
    description: "For the committee's follow-up visits; a supervisor's copy has names and phones masked as everywhere else.",
  })
  @ApiProblems(400, 404, 409)
  async pendingXlsx(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.rounds.pendingWorkbook(actor, id));
  }

  @Get('rounds/:id/ledger/verify')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Verify the vote ledger',
    description: 'Recomputes the hash chain; reports ok with its head, or the first broken entry.',
  })
  @ApiExtraModels(LedgerIntactView, LedgerBrokenView)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(LedgerIntactView) }, { $ref: getSchemaPath(LedgerBrokenView) }] } })
  @ApiProblems(400, 404)
  verify(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.rounds.verifyLedger(actor, id);
  }

  @Post('rounds/:id/objections')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({ summary: 'File an objection', description: 'While the round is OPEN or in its public notice.' })
  @ApiCreatedResponse({ type: ObjectionView })
  @ApiProblems(400, 404, 409, 422)
  object(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ObjectionDto) {
    return this.rounds.fileObjection(actor, id, body);
  }

  @Get('rounds/:id/objections')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: "A round's objections and their answers" })
  @ApiOkResponse({ type: [ObjectionView] })
  @ApiProblems(400, 404)
  objections(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.rounds.objections(actor, id);
  }

  @Post('objections/:id/response')
  @HttpCode(200)
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Answer an objection', description: 'ADOPTED (the plan changes) or EXPLAINED (why not), once.' })
  @ApiOkResponse({ type: ObjectionView })
  @ApiProblems(400, 404, 409)
  respond(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ObjectionResponseDto) {
    return this.rounds.respondToObjection(actor, id, body);
  }
}
