import { ApiProperty } from '@nestjs/swagger';
import { BilingualView } from '../../http/view-properties.js';

export class MachineSummaryView {
  @ApiProperty({ example: 'project-lifecycle' })
  name: string;

  @ApiProperty({ type: BilingualView })
  title: BilingualView;
}

export class MachineStateView {
  @ApiProperty({ example: 'SURVEY' })
  name: string;

  @ApiProperty({ type: BilingualView })
  label: BilingualView;

  @ApiProperty({ description: 'no event leaves it' })
  terminal: boolean;
}

export class MachineTransitionView {
  @ApiProperty()
  from: string;

  @ApiProperty()
  event: string;

  @ApiProperty({ description: "a state, or $previous: where the machine was before (ON_HOLD's RESUME)" })
  to: string;

  @ApiProperty({ type: [String], description: 'roles that may fire it; SYSTEM for deadlines' })
  roles: string[];

  @ApiProperty({ type: [String] })
  guards: string[];

  @ApiProperty({ type: BilingualView })
  label: BilingualView;
}

export class MachineView extends MachineSummaryView {
  @ApiProperty()
  initial: string;

  @ApiProperty({ type: [MachineStateView] })
  states: MachineStateView[];

  @ApiProperty({ type: [String] })
  events: string[];

  @ApiProperty({ type: [MachineTransitionView] })
  transitions: MachineTransitionView[];

  @ApiProperty({ type: [String], description: 'every guard the machine names' })
  guards: string[];
}
