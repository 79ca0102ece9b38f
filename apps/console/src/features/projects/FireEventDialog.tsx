import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { api, read } from '../../api/client';
import { FormDialog } from '../../shared/components/FormDialog';
import { projectStateLabel } from '../../shared/dictionary';
import { showFieldErrors } from '../../shared/forms';
import type { EventOption } from './queries';

/** The guard every reason-taking event declares; an event with it asks for the reason. */
export const REASON_GUARD = 'reasonGiven';

/**
 * Confirms a lifecycle event before firing it, asking for the reason where the event requires
 * one. A refusal stays in the dialog with each guard's message and the practices that help.
 */
export function FireEventDialog({
  projectId,
  version,
  option,
  onClose,
}: {
  projectId: string;
  version: number;
  option: EventOption;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const needsReason = option.guards.some((g) => g.guard === REASON_GUARD);
  const blocked = option.guards.filter((g) => !g.ok && g.guard !== REASON_GUARD);

  const fire = useMutation({
    mutationFn: (reason: string | undefined) =>
      read(
        api.POST('/projects/{id}/transitions', {
          params: { path: { id: projectId } },
          body: { event: option.event, reason, expectedVersion: version },
        }),
      ),
    onSuccess: async () => {
      message.success(`已${option.label.zh}，项目进入「${projectStateLabel(option.to)}」。`);
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
      onClose();
    },
    onError: async (e) => {
      showFieldErrors(form, e);
      setRefusal(e);
      // What blocks it may have changed since the page was read.
      await queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
    },
  });

  return (
    <FormDialog
      title={`确认：${option.label.zh}`}
      okText="确认执行"
      busy={fire.isPending}
      error={refusal}
      failure="未能执行"
      warning={<>执行后项目将进入「{projectStateLabel(option.to)}」阶段，此操作会记入项目历史。</>}
      notice={
        blocked.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`还有 ${blocked.length} 项条件未满足，提交后系统会再次检查。`}
            style={{ marginBottom: 12 }}
          />
        )
      }
      form={form}
      onSubmit={(v) => fire.mutate(v.reason?.trim() || undefined)}
      onClose={onClose}
    >
      {needsReason && (
        <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: '此操作需要填写原因' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount autoFocus />
        </Form.Item>
      )}
    </FormDialog>
  );
}
