import type { FormInstance } from 'antd';
import { useState } from 'react';
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

/**
 * A form's request: busy while it runs, `done` with the answer on success; on failure its field
 * errors next to their fields and, when none belongs to a field, `error` for an alert above the form.
 */
export function useFormSubmit<V, R>(form: FormInstance<V>, send: (values: V) => Promise<R>, done: (answer: R, values: V) => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      done(await send(values), values);
    } catch (e) {
      if (showFieldErrors(form, e).fields.length === 0) setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}
