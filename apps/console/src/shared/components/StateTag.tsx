import { Tag } from 'antd';
import { machineStateLabel, projectStateColor, projectStateLabel, type MachineName } from '../dictionary';

/** A lifecycle state as a coloured tag in Chinese. */
export function StateTag({ state }: { state: string }) {
  return <Tag color={projectStateColor(state)}>{projectStateLabel(state)}</Tag>;
}

/** A state of another machine (round, report, finding, change order, complaint). */
export function MachineStateTag({ machine, state }: { machine: MachineName; state: string }) {
  return <Tag>{machineStateLabel(machine, state)}</Tag>;
}
