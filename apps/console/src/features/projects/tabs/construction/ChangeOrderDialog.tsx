import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Select, Space, Typography } from 'antd';
import { api, read } from '../../../../api/client';
import { FormCards } from '../../../../shared/components/FormRows';
import { Money } from '../../../../shared/components/Money';
import { FormDialog } from '../../../../shared/components/FormDialog';
import { useFormSubmit } from '../../../../shared/forms';
import { fenFromYuan, yuanNumber } from '../../../../shared/money';
import { yuanRules } from '../../../../shared/yuan-input';
import { lineAmountFen } from './change-orders';
import type { ChangeOrder, PlanItem, PlanVersion } from './queries';

interface LineValues {
  key?: string;
  quantity?: string;
  /** Yuan as typed; empty keeps the plan's price. */
  unitPrice?: string;
}

interface Values {
  title: string;
  reason: string;
  lines: LineValues[];
}

const TWO_DECIMALS = { pattern: /^\d+(\.\d{1,2})?$/, message: '须为不小于 0 的数，最多两位小数' };

/**
 * Raises a change order against the plan in force: each line an item of the plan with its new
 * quantity and, where it changes, its new unit price in yuan, the amount worked out in exact fen
 * beside the plan's. It starts as a draft; the five parties' argument is its first step.
 */
export function ChangeOrderDialog({ projectId, plan, onClose }: { projectId: string; plan: PlanVersion; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const items = new Map(plan.items.map((i) => [i.key, i]));
  const dialog = useFormSubmit(
    form,
    (v: Values) =>
      read<ChangeOrder>(
        api.POST('/projects/{id}/change-orders', {
          params: { path: { id: projectId } },
          body: {
            title: v.title.trim(),
            reason: v.reason.trim(),
            lines: v.lines.map((l) => {
              const priceFen = l.unitPrice?.trim() ? fenFromYuan(l.unitPrice) : null;
              return { key: l.key!, quantity: Number(l.quantity), ...(priceFen !== null && { unitPrice: yuanNumber(priceFen) }) };
            }),
          },
        }),
      ),
    (order) => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success(`已新建变更签证「${order.title}」，下一步由五方论证`);
      onClose();
    },
  );

  return (
    <FormDialog<Values>
      title="新建变更签证"
      okText="保存为草拟"
      width={760}
      busy={dialog.busy}
      error={dialog.error}
      hint={<>依据现行方案第 {plan.version} 版。</>}
      form={form}
      initialValues={{ lines: [{}] }}
      onSubmit={dialog.submit}
      onClose={onClose}
    >
      <Form.Item label="变更事项" name="title" rules={[{ required: true, whitespace: true, message: '请填写变更事项' }]}>
        <Input maxLength={200} placeholder="如：雨污管线加长" />
      </Form.Item>
      <Form.Item label="变更理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写变更理由' }]}>
        <Input.TextArea rows={2} maxLength={5000} showCount />
      </Form.Item>
      <FormCards name="lines" title={(i) => `变更项 ${i + 1}`} removeLabel={(i) => `删除变更项 ${i + 1}`} addText="添加变更项" newRow={{}}>
        {(field, i) => (
          <>
            <Form.Item label="方案项目" name={[field.name, 'key']} rules={[{ required: true, message: '请选择方案中的项目' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={plan.items.map((it) => ({ value: it.key, label: it.name }))}
                aria-label={`方案项目 ${i + 1}`}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={[['lines', field.name, 'key']]}>
              {() => {
                const item = items.get(form.getFieldValue(['lines', field.name, 'key']));
                return (
                  <Space wrap align="start" size="large">
                    <Form.Item
                      label="变更后工程量"
                      name={[field.name, 'quantity']}
                      extra={item && `方案：${item.quantity} ${item.unit}`}
                      rules={[{ required: true, message: '请填写变更后的工程量' }, TWO_DECIMALS]}
                    >
                      <Input inputMode="decimal" suffix={item?.unit} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item
                      label="变更后单价（元）"
                      name={[field.name, 'unitPrice']}
                      extra={
                        item ? (
                          <>
                            不填则按方案单价 <Money yuan={item.unitPrice} />
                          </>
                        ) : (
                          '不填则按方案单价'
                        )
                      }
                      rules={yuanRules({ required: false })}
                    >
                      <Input inputMode="decimal" suffix="元" style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item
                      noStyle
                      dependencies={[
                        ['lines', field.name, 'quantity'],
                        ['lines', field.name, 'unitPrice'],
                      ]}
                    >
                      {() => <LineAmount item={item} line={form.getFieldValue(['lines', field.name]) as LineValues} />}
                    </Form.Item>
                  </Space>
                );
              }}
            </Form.Item>
          </>
        )}
      </FormCards>
    </FormDialog>
  );
}

/** The line's amount after the change beside the plan's, in exact fen. */
function LineAmount({ item, line }: { item: PlanItem | undefined; line: LineValues | undefined }) {
  if (!item || !line?.quantity) return null;
  const priceFen = line.unitPrice?.trim() ? fenFromYuan(line.unitPrice) : fenFromYuan(item.unitPrice);
  const amount = priceFen === null ? null : lineAmountFen(line.quantity, priceFen);
  const before = fenFromYuan(item.budget);
  if (amount === null || before === null) return null;
  const delta = BigInt(amount) - BigInt(before);
  return (
    <div data-testid="line-amount" aria-live="polite">
      <Typography.Text type="secondary">变更后金额</Typography.Text>
      <div>
        <Money fen={amount} showFen />
      </div>
      <Typography.Text type="secondary">
        方案 <Money yuan={item.budget} />，{delta >= 0n ? '增加' : '减少'} <Money fen={(delta < 0n ? -delta : delta).toString()} />
      </Typography.Text>
    </div>
  );
}
