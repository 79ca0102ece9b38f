import { roundMachine } from '../consent/round.machine.js';
import { changeOrderMachine } from '../construction/change-order.js';
import { complaintMachine } from '../construction/complaint.js';
import { findingMachine, reportMachine } from '../construction/supervision.js';
import { lifecycleMachine } from '../lifecycle/lifecycle.machine.js';
import type { MachineDef } from './machine.js';

/** Every machine the product runs, by name, for listing and drawing. */
export const MACHINES: Record<string, MachineDef<string, string, never, string>> = {
  [lifecycleMachine.name]: lifecycleMachine as unknown as MachineDef<string, string, never, string>,
  [roundMachine.name]: roundMachine as unknown as MachineDef<string, string, never, string>,
  [reportMachine.name]: reportMachine as unknown as MachineDef<string, string, never, string>,
  [findingMachine.name]: findingMachine as unknown as MachineDef<string, string, never, string>,
  [changeOrderMachine.name]: changeOrderMachine as unknown as MachineDef<string, string, never, string>,
  [complaintMachine.name]: complaintMachine as unknown as MachineDef<string, string, never, string>,
};
