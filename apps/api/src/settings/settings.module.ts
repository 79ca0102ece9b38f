import { Module } from '@nestjs/common';
import { RuleProfileDefaultsController } from './rule-profiles.controller.js';
import { SettingsController } from './settings.controller.js';

@Module({ controllers: [SettingsController, RuleProfileDefaultsController] })
export class SettingsModule {}
