import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, read, type ResponseOf } from '../../api/client';
import { PageCard } from '../../shared/components/PageCard';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { DateTime } from '../../shared/components/DateTime';
import { useFormSubmit } from '../../shared/forms';
import { districtsQuery, type District } from './queries';

type City = ResponseOf<'/cities', 'get', never>[number];

interface NewDistrict {
  cityId: string;
  code: string;
  name: string;
}

function CreateDistrictDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewDistrict>();
  const cities = useQuery({ queryKey: ['cities'], queryFn: () => read<City[]>(api.GET('/cities')), enabled: open });
  const { error, busy, submit } = useFormSubmit(
    form,
    (body: NewDistrict) => read(api.POST('/districts', { body })),
    (_, body) => {
      void queryClient.invalidateQueries({ queryKey: ['districts'] });
      void message.success(`已创建区县 ${body.name}`);
      onClose();
    },
  );

  return (
    <Modal open={open} title="新建区县" okText="创建" onOk={() => form.submit()} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      {error !== null && <ProblemAlert error={error} />}
      {cities.isError && <ProblemAlert error={cities.error} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} preserve={false}>
        <Form.Item label="所属城市" name="cityId" rules={[{ required: true, message: '请选择城市' }]}>
          <Select loading={cities.isPending} options={cities.data?.map((c) => ({ value: c.id, label: c.name }))} placeholder="选择城市" />
        </Form.Item>
        <Form.Item label="区县名称" name="name" rules={[{ required: true, message: '请输入区县名称' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="区县代码"
          name="code"
          extra="2–40 个小写字母、数字或横线，如 cs-yuhua；创建后用于对接和导出"
          rules={[
            { required: true, message: '请输入区县代码' },
            { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, message: '须为 2–40 个小写字母、数字或横线' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The districts of every city, each linking to its rule-profile defaults and local settings. */
export default function DistrictsPage() {
  const districts = useQuery(districtsQuery());
  const [creating, setCreating] = useState(false);
  return (
    <PageCard
      title="区县"
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          新建区县
        </Button>
      }
    >
      <QueryState query={districts} isEmpty={(list) => list.length === 0} empty="还没有区县">
        {(list) => (
          <Table<District>
            rowKey="id"
            dataSource={list}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个区县` }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '区县', dataIndex: 'name', render: (name: string, d) => <Link to={`/admin/districts/${d.id}`}>{name}</Link> },
              { title: '代码', dataIndex: 'code' },
              { title: '城市', dataIndex: 'city' },
              { title: '创建时间', dataIndex: 'createdAt', render: (at: string) => <DateTime at={at} /> },
            ]}
          />
        )}
      </QueryState>
      <CreateDistrictDialog open={creating} onClose={() => setCreating(false)} />
    </PageCard>
  );
}
