import type { Actor } from '@app/domain';
import { BulletinService, type Bulletin } from '@app/workflow';
import { Body, Controller, Get, Header, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { ApiFileResponse, XLSX } from '../http/view-properties.js';
import { BuildBulletinDto, MonthParamDto } from './dto/reports.dto.js';
import { BulletinSummaryView, BulletinView } from './dto/reports.view.js';

@ApiTags('reports')
@Controller('bulletins')
export class BulletinsController {
  constructor(private readonly bulletins: BulletinService) {}

  @Post()
  @Roles('SUPERVISOR', 'ADMIN')
  @ApiOperation({
    summary: 'Build the monthly bulletin (月通报) of a month that has ended',
    description: '201 when built now; 200 with the stored bulletin, unchanged, when the month was built before.',
  })
  @ApiCreatedResponse({ type: BulletinView, description: 'built now' })
  @ApiOkResponse({ type: BulletinView, description: 'built before: the stored bulletin, unchanged' })
  @ApiProblems(400)
  async build(
    @CurrentActor() actor: Actor,
    @Body() body: BuildBulletinDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Bulletin> {
    const { bulletin, created } = await this.bulletins.build(body.month, actor);
    res.status(created ? 201 : 200);
    return bulletin;
  }

  @Get()
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @ApiOperation({ summary: 'The months with a stored bulletin, newest first' })
  @ApiOkResponse({ type: [BulletinSummaryView] })
  list() {
    return this.bulletins.list();
  }

  // Before ':month', which would otherwise take '2026-05.xlsx' for a month.
  @Get(':month.xlsx')
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @Header('Content-Type', XLSX)
  @ApiFileResponse(XLSX, 'the workbook: 全市 and 各区排名')
  @ApiOperation({ summary: 'A stored bulletin as XLSX: the city sheet and the district ranking' })
  @ApiProblems(400, 404)
  async xlsx(@Param() params: MonthParamDto, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const file = new StreamableFile(await this.bulletins.workbook(params.month));
    res.header('Content-Disposition', `attachment; filename="bulletin-${params.month}.xlsx"`);
    return file;
  }

  @Get(':month')
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @ApiOperation({
    summary: 'A stored bulletin',
    description: 'The whole city, whatever your scope: a bulletin holds figures, no personal data.',
  })
  @ApiOkResponse({ type: BulletinView })
  @ApiProblems(400, 404)
  get(@Param() params: MonthParamDto): Promise<Bulletin> {
    return this.bulletins.get(params.month);
  }
}
