import type { Actor } from '@app/domain';
import { PortfolioService, type Portfolio } from '@app/workflow';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { PortfolioQueryDto } from './dto/reports.dto.js';
import { PortfolioView } from './dto/reports.view.js';

@ApiTags('reports')
@Controller('portfolio')
export class PortfolioController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Get()
  @Roles('SUPERVISOR', 'DISTRICT_PM', 'ADMIN')
  @ApiOperation({
    summary: 'The districts in your scope at a glance, and their cities',
    description:
      'Per district, per city and in total: projects by lifecycle state, overdue reports, findings past their deadline, ' +
      'complaints past their limit, and funds (budget, raised, gap) in fen. A project covering several compounds counts once.',
  })
  @ApiOkResponse({ type: PortfolioView })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Query() query: PortfolioQueryDto): Promise<Portfolio> {
    return this.portfolio.portfolio(actor, query);
  }
}
