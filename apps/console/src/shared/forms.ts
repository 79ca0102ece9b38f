import type { FormInstance } from 'antd';
import { toProblem, type Problem } from './problem';

/**
 * Puts an API error's field errors next to their fields (a dotted path is a nested field) and
 * returns the problem for an alert above the form, for what belongs to no field.
 */
export function showFieldErrors(form: FormInstance, error: unknown): Problem {
  const problem = toProblem(error);
  form.setFields(
    problem.fields.map((f) => ({ name: f.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), errors: [f.message] })),
  );
  return problem;
}
