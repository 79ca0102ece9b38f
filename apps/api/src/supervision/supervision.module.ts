import { Module } from '@nestjs/common';
import { ChangeOrdersController } from './change-orders.controller.js';
import { ComplaintsController } from './complaints.controller.js';
import { SupervisionController } from './supervision.controller.js';

@Module({ controllers: [SupervisionController, ChangeOrdersController, ComplaintsController] })
export class SupervisionModule {}
