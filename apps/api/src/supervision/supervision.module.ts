import { Module } from '@nestjs/common';
import { ChangeOrdersController } from './change-orders.controller.js';
import { SupervisionController } from './supervision.controller.js';

@Module({ controllers: [SupervisionController, ChangeOrdersController] })
export class SupervisionModule {}
