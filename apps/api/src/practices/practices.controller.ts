import { notFound } from '@app/domain';
import { PracticeCatalog, type PracticeRecord } from '@app/workflow';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { PracticeQueryDto } from './dto/practice-query.dto.js';
import { PracticeView } from './dto/practice.view.js';

/** The practice catalog is public reference material. */
@ApiTags('practices')
@Controller('practices')
export class PracticesController {
  constructor(private readonly catalog: PracticeCatalog) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Reference practices', description: 'Filter by stage, by the guard refusal they help with, or by text.' })
  @ApiOkResponse({ type: [PracticeView] })
  @ApiProblems(400)
  list(@Query() query: PracticeQueryDto): Promise<PracticeRecord[]> {
    return this.catalog.find(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One practice' })
  @ApiOkResponse({ type: PracticeView })
  @ApiProblems(404)
  async get(@Param('id') id: string): Promise<PracticeRecord> {
    const practice = await this.catalog.get(id);
    if (!practice) throw notFound(`practice ${id}`);
    return practice;
  }
}
