import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { Typography } from 'antd';
import { PROJECT_STATE_LABELS } from '../../../shared/dictionary';

/** Why the PM sees no controls for some work here: it is done in another stage of the project. */
export function StateNote({ work, states, now }: { work: string; states: readonly ProjectState[]; now: ProjectState }) {
  return (
    <Typography.Paragraph type="secondary">
      {work}在「{states.map((s) => PROJECT_STATE_LABELS[s]).join('」或「')}」阶段进行；项目现处于「{PROJECT_STATE_LABELS[now]}
      」，这里只能查看。
    </Typography.Paragraph>
  );
}
