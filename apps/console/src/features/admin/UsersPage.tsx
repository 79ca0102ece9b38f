import { PASSWORD_MIN_LENGTH } from '@domain/access/account-policy';
import { ROLES } from '@domain/roles';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, read } from '../../api/client';
import { PageCard } from '../../shared/components/PageCard';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { roleLabel } from '../../shared/dictionary';
import { useFormSubmit } from '../../shared/forms';
import { compoundsQuery, districtsQuery, organisationsQuery, usersQuery, type User } from './queries';
import { ScopeEditor, scopeKind } from './ScopeEditor';

const passwordRules = [
  { required: true, message: '请输入密码' },
  { min: PASSWORD_MIN_LENGTH, message: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符` },
];
const passwordHint = `至少 ${PASSWORD_MIN_LENGTH} 个字符，不能包含用户名，不能是常见密码。`;

interface NewUser {
  username: string;
  displayName: string;
  role: User['role'];
  organisation?: string;
  districtIds?: string[];
  compoundIds?: string[];
  password: string;
}

function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewUser>();
  const role = Form.useWatch('role', form);
  const kind = role ? scopeKind(role) : null;
  const districts = useQuery({ ...districtsQuery(), enabled: open });
  const compounds = useQuery({ ...compoundsQuery(), enabled: open && kind === 'compoundIds' });
  const organisations = useQuery({ ...organisationsQuery(), enabled: open });
  const call = useFormSubmit(
    form,
    ({ organisation, districtIds, compoundIds, ...values }: NewUser) =>
      read(
        api.POST('/users', {
          body: {
            ...values,
            ...(organisation ? { organisation } : {}),
            ...(kind === 'districtIds' ? { districtIds: districtIds ?? [] } : {}),
            ...(kind === 'compoundIds' ? { compoundIds: compoundIds ?? [] } : {}),
          },
        }),
      ),
    (_, values) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void message.success(`已创建用户 ${values.username}`);
      onClose();
    },
  );

  return (
    <Modal
      open={open}
      title="新建用户"
      okText="创建"
      onOk={() => form.submit()}
      confirmLoading={call.busy}
      onCancel={onClose}
      destroyOnHidden
    >
      {call.error !== null && <ProblemAlert error={call.error} />}
      <Form form={form} layout="vertical" onFinish={call.submit} requiredMark={false} preserve={false}>
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, message: '请输入用户名' }]}
          extra="3–50 个字母、数字、点、横线或下划线"
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} placeholder="选择角色" />
        </Form.Item>
        {kind === 'districtIds' && (
          <>
            <Form.Item label="负责的区县" name="districtIds">
              <Select
                mode="multiple"
                loading={districts.isPending}
                optionFilterProp="label"
                options={districts.data?.map((d) => ({ value: d.id, label: d.name }))}
                placeholder="选择区县"
              />
            </Form.Item>
            <Form.Item label="所属单位" name="organisation" extra="代表验收单位或审查部门签字时填写">
              <Select
                allowClear
                loading={organisations.isPending}
                options={organisations.data?.map((o) => ({ value: o.code, label: o.name.zh }))}
                placeholder="不属于任何单位"
              />
            </Form.Item>
          </>
        )}
        {kind === 'compoundIds' && (
          <Form.Item label="负责的小区" name="compoundIds">
            <Select
              mode="multiple"
              loading={compounds.isPending}
              optionFilterProp="label"
              options={compounds.data?.map((c) => ({ value: c.id, label: c.name }))}
              placeholder="选择小区"
            />
          </Form.Item>
        )}
        <Form.Item label="初始密码" name="password" rules={passwordRules} extra={passwordHint}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {(districts.isError || compounds.isError || organisations.isError) && (
        <ProblemAlert error={districts.error ?? compounds.error ?? organisations.error} />
      )}
    </Modal>
  );
}

function ResetPasswordDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const call = useFormSubmit(
    form,
    ({ password }: { password: string }) =>
      read(api.PUT('/users/{id}/password', { params: { path: { id: user!.id } }, body: { password } })),
    () => {
      void message.success(`已重置 ${user!.username} 的密码，其原有登录已失效`);
      onClose();
    },
  );
  return (
    <Modal
      open={user !== null}
      title={`重置密码：${user?.displayName ?? ''}`}
      okText="重置"
      onOk={() => form.submit()}
      confirmLoading={call.busy}
      onCancel={onClose}
      destroyOnHidden
    >
      {call.error !== null && <ProblemAlert error={call.error} />}
      <Form form={form} layout="vertical" onFinish={call.submit} requiredMark={false} preserve={false}>
        <Form.Item label="新密码" name="password" rules={passwordRules} extra={passwordHint}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The users of the system: who they are, their role, where they may act; create, deactivate, reset a password, change a scope. */
export default function UsersPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = useQuery(usersQuery());
  const districts = useQuery(districtsQuery());
  const organisations = useQuery(organisationsQuery());
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [scoping, setScoping] = useState<string | null>(null);
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      read<User>(api.PATCH('/users/{id}', { params: { path: { id } }, body: { active } })),
    onSuccess: (u) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void message.success(u.active ? `已启用 ${u.username}` : `已停用 ${u.username}`);
    },
  });
  const districtName = new Map(districts.data?.map((d) => [d.id, d.name]));
  const organisationName = new Map(organisations.data?.map((o) => [o.code, o.name.zh]));
  const scopedUser = users.data?.find((u) => u.id === scoping) ?? null;

  return (
    <PageCard
      title="用户"
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          新建用户
        </Button>
      }
    >
      {setActive.isError && <ProblemAlert error={setActive.error} />}
      <QueryState query={users} isEmpty={(list) => list.length === 0} empty="还没有用户">
        {(list) => (
          <Table<User>
            rowKey="id"
            dataSource={list}
            pagination={{ pageSize: 50, showTotal: (total) => `共 ${total} 个用户`, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '用户名', dataIndex: 'username' },
              { title: '姓名', dataIndex: 'displayName' },
              { title: '角色', dataIndex: 'role', render: (r: string) => roleLabel(r) },
              {
                title: '管辖范围',
                key: 'scope',
                render: (_, u) =>
                  u.role === 'ADMIN'
                    ? '全市'
                    : u.role === 'RESIDENTS_COMMITTEE'
                      ? `${u.compoundIds.length} 个小区`
                      : u.districtIds.map((id) => districtName.get(id) ?? id).join('、') || '未分配',
              },
              { title: '所属单位', dataIndex: 'organisation', render: (o: string | null) => (o ? (organisationName.get(o) ?? o) : '—') },
              { title: '状态', dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>) },
              {
                title: '操作',
                key: 'actions',
                render: (_, u) => (
                  <Space size="small" wrap>
                    {u.role !== 'ADMIN' && (
                      <Button size="small" onClick={() => setScoping(u.id)} aria-label={`管辖范围：${u.username}`}>
                        管辖范围
                      </Button>
                    )}
                    <Button size="small" onClick={() => setResetting(u)} aria-label={`重置密码：${u.username}`}>
                      重置密码
                    </Button>
                    <Popconfirm
                      title={u.active ? `停用 ${u.username}？` : `启用 ${u.username}？`}
                      description={u.active ? '停用后该用户立即无法登录和操作。' : undefined}
                      okText={u.active ? '停用' : '启用'}
                      cancelText="取消"
                      onConfirm={() => setActive.mutate({ id: u.id, active: !u.active })}
                    >
                      <Button size="small" danger={u.active} aria-label={`${u.active ? '停用' : '启用'}：${u.username}`}>
                        {u.active ? '停用' : '启用'}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <Drawer
        open={scopedUser !== null}
        onClose={() => setScoping(null)}
        title={scopedUser ? `管辖范围：${scopedUser.displayName}（${roleLabel(scopedUser.role)}）` : ''}
        size={480}
      >
        {scopedUser && <ScopeEditor user={scopedUser} />}
      </Drawer>
    </PageCard>
  );
}
