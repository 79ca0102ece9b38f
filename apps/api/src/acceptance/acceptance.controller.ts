import type { Actor } from '@app/domain';
import { AcceptanceService } from '@app/workflow';
import { Body, Controller, Get, Header, Param, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { ApiFileResponse, CodedEntryView, XLSX } from '../http/view-properties.js';
import { PartiesDto, SignatureDto } from './dto/acceptance.dto.js';
import { AcceptanceFormView, SignedView } from './dto/acceptance.view.js';

@ApiTags('acceptance')
@Controller()
export class AcceptanceController {
  constructor(private readonly acceptance: AcceptanceService) {}

  @Get('acceptance-parties')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The parties that sign a joint acceptance form' })
  @ApiOkResponse({ type: [CodedEntryView] })
  parties() {
    return this.acceptance.parties();
  }

  @Get('organisations')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The bodies a PM or supervisor may work for: the acceptance parties but the owners, and the reviewing departments',
  })
  @ApiOkResponse({ type: [CodedEntryView] })
  organisations() {
    return this.acceptance.organisations();
  }

  @Get('districts/:id/acceptance-parties')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: "The parties that sign a district's acceptance forms" })
  @ApiOkResponse({ type: [String], description: 'party codes' })
  @ApiProblems(400, 404)
  districtParties(@Param('id', uuidPipe()) id: string): Promise<string[]> {
    return this.acceptance.partiesFor(id);
  }

  @Put('districts/:id/acceptance-parties')
  @Roles('ADMIN')
  @ApiOperation({
    summary: "Set a district's acceptance parties",
    description:
      'Without a list, every shipped party signs. Owner representatives stay on every list. Forms already open keep their parties.',
  })
  @ApiOkResponse({ type: [String], description: 'the party codes now on the list' })
  @ApiProblems(400, 404, 422)
  setDistrictParties(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: PartiesDto): Promise<string[]> {
    return this.acceptance.setDistrictParties(actor, id, body.parties);
  }

  @Get('projects/:id/acceptance')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The latest joint acceptance form with its signatures' })
  @ApiOkResponse({ type: AcceptanceFormView, nullable: true, description: 'null before construction is completed' })
  @ApiProblems(400, 404)
  form(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.acceptance.form(actor, id);
  }

  @Post('projects/:id/acceptance/signatures')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR')
  @ApiOperation({
    summary: "Record a party's signature",
    description:
      "Once per party on the form, PASS or FAIL with comments. The party signs as itself: owner representatives through a residents' committee " +
      'recorder of a covered compound, any other party through a PM or supervisor working for it (GET /organisations). A PM enters another ' +
      "party's signature on its behalf with the signer, the paper form's number and a photo of it uploaded to the archive (422 without them). " +
      'Anyone else, and a PM for the owners: 403.',
  })
  @ApiCreatedResponse({ type: SignedView })
  @ApiProblems(400, 403, 404, 409, 422)
  sign(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: SignatureDto) {
    return this.acceptance.sign(actor, id, body);
  }

  @Get('projects/:id/acceptance/form.xlsx')
  @Roles(...ALL_ROLES)
  @Header('Content-Type', XLSX)
  @Header('Content-Disposition', 'attachment; filename="acceptance-form.xlsx"')
  @ApiFileResponse(XLSX, 'the form as a workbook')
  @ApiOperation({ summary: 'The joint acceptance form as XLSX, laid out like the paper form' })
  @ApiProblems(400, 404)
  async xlsx(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.acceptance.workbook(actor, id));
  }
}
