import { describeMachine, DomainError, MACHINES, notFound, toMermaid, type MachineDescription } from '@app/domain';
import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { MachineSummaryView, MachineView } from './dto/machine.view.js';

@ApiTags('meta')
@Controller('meta/machines')
export class MetaController {
  @Get()
  @Public()
  @ApiOperation({ summary: 'The state machines the product runs' })
  @ApiOkResponse({ type: [MachineSummaryView] })
  list(): { name: string; title: { zh: string; en: string } }[] {
    return Object.values(MACHINES).map((m) => ({ name: m.name, title: m.title }));
  }

  @Get(':name')
  @Public()
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'One machine: states, events, transitions, roles, guards',
    description: 'With format=mermaid, a Mermaid state diagram.',
  })
  @ApiExtraModels(MachineView)
  @ApiOkResponse({
    description: 'JSON, or with format=mermaid the diagram as text',
    content: { 'application/json': { schema: { $ref: getSchemaPath(MachineView) } }, 'text/vnd.mermaid': { schema: { type: 'string' } } },
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'mermaid'] })
  @ApiProblems(400, 404)
  get(
    @Param('name') name: string,
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): MachineDescription | string {
    const machine = MACHINES[name];
    if (!machine) throw notFound(`machine ${name}`);
    if (format !== undefined && format !== 'json' && format !== 'mermaid') {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'format must be json or mermaid', {
        errors: [{ field: 'format', code: 'isIn', message: 'format must be json or mermaid' }],
      });
    }
    if (format === 'mermaid') {
      res.type('text/vnd.mermaid; charset=utf-8');
      return toMermaid(machine);
    }
    return describeMachine(machine);
  }
}
