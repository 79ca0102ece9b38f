import { Form, Modal, Typography, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';

export interface FormDialogProps<V> extends Omit<FormProps<V>, 'form' | 'layout' | 'onFinish' | 'title' | 'children'> {
  form: FormInstance<V>;
  title: ReactNode;
  okText: string;
  /** The step is a refusal or a return: its button says so in red. */
  danger?: boolean;
  width?: number;
  /** Running: the button turns busy, and a second press sends nothing. */
  busy: boolean;
  /** What the API refused that belongs to no field (useFormSubmit's `error`), shown above the form. */
  error?: unknown;
  /** The alert's title for that refusal: "未能登记"… */
  failure?: string;
  /** What confirming does (and that it stays in the history), said plainly above the form. */
  warning?: ReactNode;
  /** What the user should know while filling the form in, said quietly above it. */
  hint?: ReactNode;
  /** Shown between the words above and the form: a warning the user may act on first. */
  notice?: ReactNode;
  onSubmit: (values: V) => unknown;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog around one form: its button submits the form (validation first), a refusal stays in the
 * dialog, cancelling closes it and forgets what was typed.
 */
export function FormDialog<V>({
  form,
  title,
  okText,
  danger,
  width,
  busy,
  error = null,
  failure = '未能保存',
  warning,
  hint,
  notice,
  onSubmit,
  onClose,
  children,
  ...formProps
}: FormDialogProps<V>) {
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={width}
    >
      {warning && <Typography.Paragraph>{warning}</Typography.Paragraph>}
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      {notice}
      {error !== null && <ProblemAlert error={error} title={failure} />}
      <Form<V> form={form} layout="vertical" onFinish={(values) => void onSubmit(values)} {...formProps}>
        {children}
      </Form>
    </Modal>
  );
}
