import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../session/SessionProvider';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { useFormSubmit } from '../../shared/forms';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { session, login, endedBecause } = useSession();
  const location = useLocation();
  const [form] = Form.useForm<Credentials>();
  const { error, busy, submit } = useFormSubmit(
    form,
    (values: Credentials) => login(values.username, values.password),
    () => undefined,
  );
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (session) return <Navigate to={from} replace />;

  return (
    <main className="login">
      <Card>
        <Typography.Title level={3}>老旧小区改造项目管理</Typography.Title>
        <Typography.Paragraph type="secondary">请使用分配给您的账号登录。</Typography.Paragraph>
        {endedBecause && !error && <Alert type="info" showIcon title={endedBecause} className="login-notice" role="status" />}
        {error !== null && <ProblemAlert error={error} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ marginTop: 16 }}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
