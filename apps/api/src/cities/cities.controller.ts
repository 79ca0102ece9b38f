import type { CityEntity } from '@app/db';
import type { Actor } from '@app/domain';
import { CityService } from '@app/workflow';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { CreateCityDto, UpdateCityDto } from './dto/city.dto.js';
import { CityView } from './dto/city.view.js';

@ApiTags('admin')
@Controller('cities')
export class CitiesController {
  constructor(private readonly cities: CityService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'List cities', description: 'City names are not confidential; everyone signed in may list them.' })
  @ApiOkResponse({ type: [CityView] })
  list(): Promise<CityEntity[]> {
    return this.cities.list();
  }

  @Post()
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Create a city', description: 'Its districts are ranked together in its monthly bulletin.' })
  @ApiCreatedResponse({ type: CityView })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateCityDto): Promise<CityEntity> {
    return this.cities.create(actor, body);
  }

  @Patch(':id')
  @Roles('ADMIN')
  @ApiOperation({ summary: "Change a city's code or name", description: "Its districts' city name follows." })
  @ApiOkResponse({ type: CityView })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: UpdateCityDto): Promise<CityEntity> {
    return this.cities.update(actor, id, body);
  }
}
