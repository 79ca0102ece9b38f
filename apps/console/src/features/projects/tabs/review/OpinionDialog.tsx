import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Role } from '@domain/roles';
import { App, Button, Form, Input, Radio, Space } from 'antd';
import { api, read } from '../../../../api/client';
import { FormDialog } from '../../../../shared/components/FormDialog';
import { REVIEW_OPINION_LABELS } from '../../../../shared/dictionary';
import { useFormSubmit } from '../../../../shared/forms';

type Verdict = keyof typeof REVIEW_OPINION_LABELS;

interface Values {
  opinion: Verdict;
  comments: string;
  conditions?: string[];
  entry: 'ON_BEHALF' | 'SELF';
  signer?: string;
  formNumber?: string;
  photoSha256?: string;
}

async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Records one department's opinion. A PM usually enters it from the department's signed paper:
 * the signer, the paper's number and the fingerprint of its photo, taken here from the photo
 * itself (the photo stays on this computer; the archive takes files only from construction on).
 * Someone working for the department gives it as themselves, without the paper.
 */
export function OpinionDialog({
  projectId,
  reviewer,
  reviewerName,
  role,
  onClose,
}: {
  projectId: string;
  reviewer: string;
  reviewerName: string;
  role: Role;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const verdict = Form.useWatch('opinion', form);
  const entry = Form.useWatch('entry', form);
  const onBehalfAllowed = role === 'DISTRICT_PM';

  const dialog = useFormSubmit(
    form,
    ({ entry, conditions, signer, formNumber, photoSha256, ...v }: Values) =>
      read(
        api.POST('/projects/{id}/review/opinions', {
          params: { path: { id: projectId } },
          body: {
            ...v,
            reviewer,
            conditions: v.opinion === 'APPROVE_WITH_CONDITIONS' ? conditions?.map((c) => c.trim()).filter(Boolean) : undefined,
            ...(entry === 'ON_BEHALF' ? { signer, formNumber, photoSha256 } : {}),
          },
        }),
      ),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success(`已录入${reviewerName}的意见`);
      onClose();
    },
  );

  const takePhoto = async (file: File | undefined) => {
    if (!file) return;
    if (!globalThis.crypto?.subtle) {
      void message.warning('此浏览器不能在本页计算照片指纹，请粘贴照片的 SHA-256。');
      return;
    }
    form.setFieldValue('photoSha256', await sha256Hex(file));
    await form.validateFields(['photoSha256']);
  };

  return (
    <FormDialog<Values>
      title={`录入联审意见：${reviewerName}`}
      okText="确认录入"
      width={640}
      busy={dialog.busy}
      error={dialog.error}
      failure="未能录入"
      hint="每个部门只录入一次，录入后不能修改，会记入项目历史。"
      form={form}
      initialValues={{ opinion: 'APPROVE', entry: onBehalfAllowed ? 'ON_BEHALF' : 'SELF', conditions: [''] }}
      onSubmit={dialog.submit}
      onClose={onClose}
    >
      <Form.Item label="审查意见" name="opinion" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(Object.keys(REVIEW_OPINION_LABELS) as Verdict[]).map((value) => ({ value, label: REVIEW_OPINION_LABELS[value] }))}
        />
      </Form.Item>
      <Form.Item label="意见内容" name="comments" rules={[{ required: true, whitespace: true, message: '请填写意见内容' }]}>
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      {verdict === 'APPROVE_WITH_CONDITIONS' && (
        <Form.List name="conditions">
          {(fields, { add, remove }) => (
            <Form.Item label="附加条件" required extra="逐条填写；项目经理须逐条确认后，联合审查才能通过">
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline" style={{ width: '100%' }}>
                    <Form.Item
                      name={field.name}
                      noStyle
                      rules={[{ required: true, whitespace: true, message: '请填写条件，或删除这一条' }]}
                    >
                      <Input aria-label={`附加条件 ${i + 1}`} maxLength={2000} style={{ width: 460, maxWidth: '70vw' }} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={`删除条件 ${i + 1}`}
                      />
                    )}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add('')}>
                  添加一条条件
                </Button>
              </Space>
            </Form.Item>
          )}
        </Form.List>
      )}
      <Form.Item label="录入方式" name="entry">
        <Radio.Group
          options={[
            { value: 'ON_BEHALF', label: '代为录入部门签字的纸质意见', disabled: !onBehalfAllowed },
            { value: 'SELF', label: `我在${reviewerName}工作，以本单位名义给出` },
          ]}
        />
      </Form.Item>
      {entry === 'ON_BEHALF' && (
        <>
          <Form.Item label="签署人" name="signer" rules={[{ required: true, whitespace: true, message: '请填写纸质意见上的签署人' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="纸质意见编号" name="formNumber" rules={[{ required: true, whitespace: true, message: '请填写纸质意见编号' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="纸质意见照片">
            <input
              type="file"
              accept="image/*,application/pdf"
              aria-label="纸质意见照片"
              onChange={(e) => void takePhoto(e.target.files?.[0])}
            />
          </Form.Item>
          <Form.Item
            label="照片指纹（SHA-256）"
            name="photoSha256"
            extra="选择照片后自动计算；照片本身不上传"
            rules={[
              { required: true, message: '请选择纸质意见的照片' },
              { pattern: /^[0-9a-f]{64}$/, message: '须为 64 位小写十六进制' },
            ]}
          >
            <Input maxLength={64} spellCheck={false} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
