import type { Actor } from '@app/domain';
import { BulletinService, type Bulletin } from '@app/workflow';
import { Body, Controller, Get, Header, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { CityRefDto } from '../http/city-ref.dto.js';
import { ApiFileResponse, ApiPrintableResponse, HTML, XLSX } from '../http/view-properties.js';
import { BuildBulletinDto, MonthParamDto } from './dto/reports.dto.js';
import { BulletinSummaryView, BulletinView } from './dto/reports.view.js';

const CITY_RULE =
  'The city is named by cityId or cityCode; without either, the one city your districts are in (several: 400). ' +
  'A city none of your districts is in: 404 to read, 403 to build.';

@ApiTags('reports')
@Controller('bulletins')
export class BulletinsController {
  constructor(private readonly bulletins: BulletinService) {}

  @Post()
  @Roles('SUPERVISOR', 'ADMIN')
  @ApiOperation({
    summary: "Build a city's monthly bulletin (月通报) of a month that has ended",
    description: `201 when built now; 200 with the stored bulletin, unchanged, when the city's month was built before. ${CITY_RULE}`,
  })
  @ApiCreatedResponse({ type: BulletinView, description: 'built now' })
  @ApiOkResponse({ type: BulletinView, description: 'built before: the stored bulletin, unchanged' })
  @ApiProblems(400, 404)
  async build(
    @CurrentActor() actor: Actor,
    @Body() body: BuildBulletinDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Bulletin> {
    const { bulletin, created } = await this.bulletins.build(body.month, body, actor);
    res.status(created ? 201 : 200);
    return bulletin;
  }

  @Get()
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @ApiOperation({
    summary: 'The stored bulletins, newest first',
    description: 'Of the city named, or of every city your districts are in (every city for an administrator).',
  })
  @ApiOkResponse({ type: [BulletinSummaryView] })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Query() query: CityRefDto) {
    return this.bulletins.list(actor, query);
  }

  // Before ':month', which would otherwise take '2026-05.xlsx' (or '.html') for a month.
  @Get(':month.xlsx')
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @Header('Content-Type', XLSX)
  @ApiFileResponse(XLSX, 'the workbook: 全市 and 各区排名')
  @ApiOperation({ summary: "A city's stored bulletin as XLSX: the city sheet and its districts' ranking", description: CITY_RULE })
  @ApiProblems(400, 404)
  async xlsx(
    @CurrentActor() actor: Actor,
    @Param() params: MonthParamDto,
    @Query() query: CityRefDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<StreamableFile> {
    const { file, city } = await this.bulletins.workbook(actor, params.month, query);
    res.header('Content-Disposition', `attachment; filename="bulletin-${city.code}-${params.month}.xlsx"`);
    return new StreamableFile(file);
  }

  @Get(':month.html')
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @Header('Content-Type', HTML)
  @ApiPrintableResponse('the bulletin laid out for A4 paper (the ranking on a landscape page), Beijing times, in Chinese')
  @ApiOperation({ summary: "A city's stored bulletin as a page to print", description: CITY_RULE })
  @ApiProblems(400, 404)
  async html(@CurrentActor() actor: Actor, @Param() params: MonthParamDto, @Query() query: CityRefDto): Promise<string> {
    return (await this.bulletins.printable(actor, params.month, query)).html;
  }

  @Get(':month')
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @ApiOperation({
    summary: "A city's stored bulletin",
    description: `The whole city, every district of it, to any PM or supervisor of one of its districts: a bulletin holds figures, no personal data. ${CITY_RULE}`,
  })
  @ApiOkResponse({ type: BulletinView })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param() params: MonthParamDto, @Query() query: CityRefDto): Promise<Bulletin> {
    return this.bulletins.get(actor, params.month, query);
  }
}
