import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { api, read } from '../../api/client';
import { FormDialog } from '../../shared/components/FormDialog';
import { HOUSEHOLD_MOVE_LABELS } from '../../shared/dictionary';
import { useFormSubmit } from '../../shared/forms';
import { chinaToday, doorOf, householdBody, moveBody, type HouseholdForm, type MoveForm } from './households';
import { currentHouseholdsQuery, type Household, type HouseholdMove } from './queries';

/** A split makes at least two households and at most twenty (the API's limit). */
const SPLIT_MIN = 2;
const SPLIT_MAX = 20;

/** The fields of one household; `path` places them in a list (a split's new households). */
function HouseholdFields({ path = [] }: { path?: (string | number)[] }) {
  const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];
  return (
    <Row gutter={12}>
      <Col xs={8}>
        <Form.Item label="楼栋" name={[...path, 'building']} rules={required('楼栋')}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={8}>
        <Form.Item label="单元" name={[...path, 'unit']} rules={required('单元')}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={8}>
        <Form.Item label="房号" name={[...path, 'room']} rules={required('房号')}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item label="建筑面积" name={[...path, 'floorArea']} rules={[{ required: true, message: '请填写建筑面积' }]}>
          <InputNumber min={0.01} precision={2} addonAfter="m²" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item label="户主" name={[...path, 'ownerName']}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item label="联系电话" name={[...path, 'ownerPhone']}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Adds a household to the compound's roster, or corrects one (`household` given). */
export function HouseholdDialog({ compoundId, household, onClose }: { compoundId: string; household?: Household; onClose: () => void }) {
  const [form] = Form.useForm<HouseholdForm>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: HouseholdForm) =>
      household
        ? read<Household>(api.PATCH('/households/{id}', { params: { path: { id: household.id } }, body: householdBody(v) }))
        : read<Household>(api.POST('/compounds/{id}/households', { params: { path: { id: compoundId } }, body: householdBody(v) })),
    async (h) => {
      message.success(household ? `已更正 ${doorOf(h)}。` : `已新增 ${doorOf(h)}。`);
      await queryClient.invalidateQueries({ queryKey: ['compounds', compoundId] });
      onClose();
    },
  );
  return (
    <FormDialog
      title={household ? `更正住户 ${doorOf(household)}` : '新增住户'}
      okText="保存"
      width={640}
      busy={busy}
      error={error}
      form={form}
      name="household"
      initialValues={household ? { ...household, floorArea: Number(household.floorArea) } : undefined}
      onSubmit={submit}
      onClose={onClose}
    >
      <HouseholdFields />
    </FormDialog>
  );
}

/**
 * Records that a household moved out, merged into another of the compound or split into new
 * ones. It leaves the roster for good, so the dialog asks once more before it is written.
 */
export function MoveDialog({ household, onClose }: { household: Household; onClose: () => void }) {
  const [form] = Form.useForm<MoveForm>();
  const kind = Form.useWatch('kind', form);
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const others = useQuery({ ...currentHouseholdsQuery(household.compoundId), enabled: kind === 'MERGED' });
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: MoveForm) => read<HouseholdMove>(api.POST('/households/{id}/moves', { params: { path: { id: household.id } }, body: moveBody(v) })),
    async (m) => {
      message.success(`已登记 ${doorOf(household)} ${HOUSEHOLD_MOVE_LABELS[m.kind]}。`);
      await queryClient.invalidateQueries({ queryKey: ['compounds', household.compoundId] });
      onClose();
    },
  );
  const confirm = (v: MoveForm) =>
    modal.confirm({
      title: `确认登记${HOUSEHOLD_MOVE_LABELS[v.kind]}？`,
      content: `${doorOf(household)} 将移出名册（已开始的征询仍按开始时的名册计票），此记录不能撤回。`,
      okText: '确认登记',
      cancelText: '取消',
      onOk: () => submit(v),
    });
  const today = chinaToday(new Date());

  return (
    <FormDialog
      title={`住户变动：${doorOf(household)}`}
      okText="登记"
      width={720}
      busy={busy}
      error={error}
      failure="未能登记"
      form={form}
      name="move"
      initialValues={{ kind: 'MOVED_OUT', on: today, newHouseholds: Array.from({ length: SPLIT_MIN }, () => ({})) }}
      onSubmit={confirm}
      onClose={onClose}
    >
      <Form.Item label="变动类型" name="kind">
        <Radio.Group optionType="button" options={Object.entries(HOUSEHOLD_MOVE_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
        <Input.TextArea rows={2} maxLength={2000} placeholder="如：房屋已出售，原户主全家迁出" />
      </Form.Item>
      <Form.Item label="变动日期" name="on" rules={[{ required: true, message: '请填写日期' }]} extra="不能晚于今天">
        <Input type="date" max={today} style={{ width: 200 }} />
      </Form.Item>
      {kind === 'MERGED' && (
        <Form.Item label="并入住户" name="intoHouseholdId" rules={[{ required: true, message: '请选择并入的住户' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={others.isLoading}
            placeholder="输入户号查找，如 1-1-101"
            options={(others.data?.items ?? []).filter((h) => h.id !== household.id).map((h) => ({ value: h.id, label: doorOf(h) }))}
          />
        </Form.Item>
      )}
      {kind === 'SPLIT' && (
        <Form.List
          name="newHouseholds"
          rules={[
            {
              validator: async (_, list?: unknown[]) => {
                if ((list?.length ?? 0) < SPLIT_MIN) throw new Error(`分户后至少 ${SPLIT_MIN} 户`);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  title={`分户后第 ${i + 1} 户`}
                  extra={
                    fields.length > SPLIT_MIN && (
                      <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除第 ${i + 1} 户`} onClick={() => remove(f.name)} />
                    )
                  }
                >
                  <HouseholdFields path={[f.name]} />
                </Card>
              ))}
              {fields.length < SPLIT_MAX && (
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  再加一户
                </Button>
              )}
              <Form.ErrorList errors={errors} />
            </Space>
          )}
        </Form.List>
      )}
    </FormDialog>
  );
}
