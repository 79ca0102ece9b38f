import { PASSWORD_MIN_LENGTH } from '@domain/access/account-policy';
import { App, Button, Form, Input } from 'antd';
import { api, read, type ResponseOf } from '../../api/client';
import { startSession, type Session } from '../../session/session';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { useFormSubmit } from '../../shared/forms';

interface Passwords {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

type Token = ResponseOf<'/me/password', 'put', never>;

/**
 * Changes the signed-in user's own password. Every earlier token stops working, so the new one
 * the API answers with becomes the session: the user stays signed in here, and only here.
 */
export function ChangePasswordForm() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Passwords>();
  const { error, busy, submit } = useFormSubmit(
    form,
    ({ currentPassword, newPassword }: Passwords) => read<Token>(api.PUT('/me/password', { body: { currentPassword, newPassword } })),
    (token) => {
      startSession(token.accessToken, token.role as Session['role'], token.expiresIn);
      form.resetFields();
      void message.success('密码已修改，其他设备上的登录已失效。');
    },
  );

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 420 }} aria-label="修改密码">
      {error !== null && <ProblemAlert error={error} />}
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        extra={`至少 ${PASSWORD_MIN_LENGTH} 个字符，不能包含用户名，不能是常见密码。`}
        rules={[
          { required: true, message: '请输入新密码' },
          { min: PASSWORD_MIN_LENGTH, message: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符` },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="再次输入新密码"
        name="repeat"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        修改密码
      </Button>
    </Form>
  );
}
