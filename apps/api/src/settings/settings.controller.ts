import type { Actor } from '@app/domain';
import { LocalSettingsService, type DistrictSettings } from '@app/workflow';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { SetSettingDto } from './dto/settings.dto.js';
import { DistrictSettingsView } from './dto/settings.view.js';

@ApiTags('settings')
@Controller('districts/:id/settings')
export class SettingsController {
  constructor(private readonly settings: LocalSettingsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The local rules in effect for a district',
    description:
      'Maintenance-fund rates, volunteer supervisors, renovation council size, the satisfaction bar and the complaint limit: each with its value, where it comes from (DEFAULT, CITY or DISTRICT) and the source document of its default.',
  })
  @ApiOkResponse({ type: DistrictSettingsView })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<DistrictSettings> {
    return this.settings.list(actor, id);
  }

  @Put(':key')
  @Roles('ADMIN')
  @ApiOperation({
    summary: 'Set a local rule for a district or for its city',
    description:
      'A whole number within the setting\u2019s bounds, a minimum never above its maximum; null clears the level. Decisions already taken keep the value they were made with.',
  })
  @ApiOkResponse({ type: DistrictSettingsView })
  @ApiProblems(400, 404, 422)
  set(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('key') key: string,
    @Body() body: SetSettingDto,
  ): Promise<DistrictSettings> {
    return this.settings.set(actor, id, key, body);
  }
}
