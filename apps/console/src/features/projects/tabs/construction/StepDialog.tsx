import { useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Input } from 'antd';
import { CHANGE_PARTIES } from '@domain/construction/change-order';
import { api, read } from '../../../../api/client';
import { FormDialog } from '../../../../shared/components/FormDialog';
import { CHANGE_PARTY_LABELS, changeOrderStepLabel, machineStateLabel } from '../../../../shared/dictionary';
import { useFormSubmit } from '../../../../shared/forms';
import { chinaToday, stepBody, type Step, type StepValues } from './change-orders';
import type { ChangeOrder } from './queries';

/**
 * Confirms one step of a change order, asking for what the step records (the five parties and
 * their opinion, the finance review, the government's document, a reason). A refusal stays in
 * the dialog, in Chinese, and the list is read again: the order may have moved meanwhile.
 */
export function StepDialog({
  projectId,
  order,
  step,
  onClose,
}: {
  projectId: string;
  order: ChangeOrder;
  step: Step;
  onClose: () => void;
}) {
  const [form] = Form.useForm<StepValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const has = (f: Step['fields'][number]) => step.fields.includes(f);
  const label = changeOrderStepLabel(step.key);
  const dialog = useFormSubmit(
    form,
    async (values: StepValues) => {
      try {
        return await read(
          api.POST('/change-orders/{id}/transitions', { params: { path: { id: order.id } }, body: stepBody(step, values) }),
        );
      } finally {
        // Approving makes a plan version: the plan, the budget and the project's next steps follow.
        void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      }
    },
    () => {
      void message.success(`「${order.title}」：已${label}，进入「${machineStateLabel('change-order', step.to)}」。`);
      onClose();
    },
  );

  return (
    <FormDialog<StepValues>
      title={`确认：${label}`}
      okText="确认执行"
      width={640}
      busy={dialog.busy}
      error={dialog.error}
      failure="未能执行"
      warning={
        <>
          变更签证「{order.title}」将进入「{machineStateLabel('change-order', step.to)}」，此操作会记入项目历史，不能撤销。
        </>
      }
      form={form}
      initialValues={{ parties: [] }}
      onSubmit={dialog.submit}
      onClose={onClose}
    >
      {has('parties') && (
        <Form.Item
          label="出席论证的五方"
          name="parties"
          rules={[
            {
              validator: (_, value: string[] = []) => {
                const missing = CHANGE_PARTIES.filter((p) => !value.includes(p));
                return missing.length
                  ? Promise.reject(new Error(`五方须全部参加论证，还缺：${missing.map((p) => CHANGE_PARTY_LABELS[p]).join('、')}`))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Checkbox.Group options={CHANGE_PARTIES.map((p) => ({ value: p, label: CHANGE_PARTY_LABELS[p] }))} />
        </Form.Item>
      )}
      {has('opinion') && (
        <Form.Item label="五方论证意见书" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写论证意见' }]}>
          <Input.TextArea rows={3} maxLength={10000} showCount />
        </Form.Item>
      )}
      {has('meetingDecision') && (
        <Form.Item
          label="项目指挥部会议决定"
          name="meetingDecision"
          extra="如会议纪要编号"
          rules={[{ required: true, whitespace: true, message: '请填写会议决定' }]}
        >
          <Input maxLength={2000} />
        </Form.Item>
      )}
      {has('financeReview') && (
        <Form.Item
          label="财政预算评审意见"
          name="financeReview"
          rules={[{ required: true, whitespace: true, message: '请填写财政部门的评审意见' }]}
        >
          <Input.TextArea rows={3} maxLength={10000} showCount />
        </Form.Item>
      )}
      {has('decision') && (
        <>
          <Form.Item label="审批机关" name="authority" rules={[{ required: true, whitespace: true, message: '请填写审批机关' }]}>
            <Input maxLength={200} placeholder="如：雨花区人民政府" />
          </Form.Item>
          <Form.Item label="批复文号" name="documentNumber" rules={[{ required: true, whitespace: true, message: '请填写批复文号' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            label="批复日期"
            name="decidedOn"
            extra="批复文件上的日期：不晚于今天，不早于财政评审"
            rules={[{ required: true, message: '请填写批复日期' }]}
          >
            <Input type="date" max={chinaToday()} />
          </Form.Item>
        </>
      )}
      {has('reason') && (
        <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: '此操作需要填写原因' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      )}
    </FormDialog>
  );
}
