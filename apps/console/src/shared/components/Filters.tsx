import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { Form, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { optionsOf, PROJECT_STATE_LABELS } from '../dictionary';

export interface FilterSelectProps<V extends string> {
  id: string;
  label: string;
  width: number;
  value: V | undefined;
  options: { value: V; label: ReactNode }[];
  onChange: (value: V | undefined) => void;
  /** What the list shows with no choice ("全部区县"); a filter without it always has one chosen. */
  all?: string;
  loading?: boolean;
  /** Typing narrows the choices by their label (long lists: projects, compounds, states). */
  searchable?: boolean;
}

/** One labelled choice of a list page's filter bar (getByLabel finds it by its label). */
export function FilterSelect<V extends string>({ id, label, width, all, searchable, ...select }: FilterSelectProps<V>) {
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select<V>
        id={id}
        allowClear={all !== undefined}
        placeholder={all}
        showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
        style={{ width }}
        {...select}
      />
    </Form.Item>
  );
}

const STATE_OPTIONS = optionsOf(PROJECT_STATE_LABELS);

/** The project's lifecycle stage, any of them. */
export function ProjectStateFilter(props: {
  id: string;
  value: ProjectState | undefined;
  onChange: (state: ProjectState | undefined) => void;
}) {
  return <FilterSelect label="阶段" all="全部阶段" width={160} searchable options={STATE_OPTIONS} {...props} />;
}

/** The year the project is planned for. */
export function PlanYearFilter({
  id,
  value,
  onChange,
}: {
  id: string;
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}) {
  return (
    <Form.Item label="计划年度" htmlFor={id}>
      <InputNumber id={id} min={2000} max={2100} placeholder="如 2026" value={value} onChange={(v) => onChange(v ?? undefined)} />
    </Form.Item>
  );
}
