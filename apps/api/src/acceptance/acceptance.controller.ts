import type { Actor } from '@app/domain';
import { AcceptanceService } from '@app/workflow';
import { Body, Controller, Get, Header, Param, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { PartiesDto, SignatureDto } from './dto/acceptance.dto.js';

@ApiTags('acceptance')
@Controller()
export class AcceptanceController {
  constructor(private readonly acceptance: AcceptanceService) {}

  @Get('acceptance-parties')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The parties that sign a joint acceptance form' })
  parties() {
    return this.acceptance.parties();
  }

  @Get('districts/:id/acceptance-parties')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: "The parties that sign a district's acceptance forms" })
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
  @ApiProblems(400, 404, 422)
  setDistrictParties(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: PartiesDto): Promise<string[]> {
    return this.acceptance.setDistrictParties(actor, id, body.parties);
  }

  @Get('projects/:id/acceptance')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The latest joint acceptance form with its signatures' })
  @ApiProblems(400, 404)
  form(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.acceptance.form(actor, id);
  }

  @Post('projects/:id/acceptance/signatures')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({ summary: "Record a party's signature", description: 'Once per party on the form, PASS or FAIL with comments.' })
  @ApiProblems(400, 404, 409, 422)
  sign(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: SignatureDto) {
    return this.acceptance.sign(actor, id, body);
  }

  @Get('projects/:id/acceptance/form.xlsx')
  @Roles(...ALL_ROLES)
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('Content-Disposition', 'attachment; filename="acceptance-form.xlsx"')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The joint acceptance form as XLSX, laid out like the paper form' })
  @ApiProblems(400, 404)
  async xlsx(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.acceptance.workbook(actor, id));
  }
}
