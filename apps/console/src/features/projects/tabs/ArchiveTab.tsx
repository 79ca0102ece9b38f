import { DownloadOutlined, FileSearchOutlined, LinkOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { ARCHIVE_OPEN_STATES } from '@domain/aftercare/archive';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { download } from '../../../api/transfer';
import { useSession } from '../../../session/SessionProvider';
import { DateTime } from '../../../shared/components/DateTime';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { ARCHIVE_PROBLEM_LABELS, ARCHIVE_SOURCE_LABELS, projectStateLabel } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import type { ProjectTabProps } from '../tabs';
import { ARCHIVE_ACCEPT, UploadProgress, useArchiveUpload } from './archive-upload';
import { archiveQuery, type ArchiveDocument, type ArchiveKind, type Checklist, type Verification } from './closeout-queries';
import { fileSize } from './file-size';

type Item = Checklist['items'][number];

/**
 * The project's archive (项目资料归档): the checklist with what is still missing, every filed
 * document, and for the PM filing, withdrawing and collecting the system's own records; anyone in
 * scope checks the stored files and downloads the whole archive.
 */
export default function ArchiveTab({ project }: ProjectTabProps) {
  const archive = useQuery(archiveQuery(project.id));
  const pm = useSession().session?.role === 'DISTRICT_PM';
  const filing = pm && ARCHIVE_OPEN_STATES.includes(project.state);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<unknown>(null);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [referencing, setReferencing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ArchiveDocument | null>(null);
  const [busy, setBusy] = useState<'verify' | 'collect' | 'bundle' | null>(null);

  const run = async (what: NonNullable<typeof busy>, action: () => Promise<void>) => {
    setFailure(null);
    setBusy(what);
    try {
      await action();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };
  const path = { params: { path: { id: project.id } } };
  const verify = () => run('verify', async () => setVerification(await read<Verification>(api.GET('/projects/{id}/archive/verify', path))));
  const collect = () =>
    run('collect', async () => {
      const { filed } = await read<{ filed: number }>(api.POST('/projects/{id}/archive/collect', path));
      await queryClient.invalidateQueries({ queryKey: ['projects', project.id, 'archive'] });
      void message.success(filed > 0 ? `已归档 ${filed} 份新的系统记录` : '系统记录均已归档，没有新的');
    });
  const bundle = () => run('bundle', () => download(`/projects/${project.id}/archive/bundle.zip`, '项目归档.zip'));

  return (
    <QueryState query={archive}>
      {(checklist) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card
            title="归档清单"
            extra={
              <Space wrap>
                {filing && (
                  <>
                    <Popconfirm
                      title="将系统中的征询、方案、联审、许可、报告、变更和验收记录归档？"
                      okText="归档"
                      cancelText="取消"
                      onConfirm={collect}
                    >
                      <Button loading={busy === 'collect'}>收集系统记录</Button>
                    </Popconfirm>
                    <Button icon={<LinkOutlined />} onClick={() => setReferencing(true)}>
                      登记外部档案
                    </Button>
                  </>
                )}
                <Button icon={<SafetyCertificateOutlined />} loading={busy === 'verify'} onClick={verify}>
                  校验文件
                </Button>
                <Button icon={<DownloadOutlined />} loading={busy === 'bundle'} onClick={bundle}>
                  下载归档包（ZIP）
                </Button>
              </Space>
            }
          >
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {failure !== null && <ProblemAlert error={failure} />}
              {verification && <VerificationResult result={verification} />}
              <Completeness checklist={checklist} />
              <Table<Item>
                rowKey="kind"
                size="small"
                aria-label="归档清单"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={checklist.items}
                columns={[
                  { title: '资料', key: 'label', render: (_, i) => i.label.zh },
                  { title: '来源', key: 'by', render: (_, i) => (i.bySystem ? '系统记录' : '上传或登记') },
                  { title: '已归档', key: 'n', align: 'right', render: (_, i) => `${i.documents.length} 份` },
                  { title: '状态', key: 'state', render: (_, i) => <ItemState item={i} missing={checklist.missing} /> },
                ]}
              />
            </Space>
          </Card>
          {filing && <UploadCard projectId={project.id} items={checklist.items} />}
          {pm && !filing && (
            <Alert
              type="info"
              showIcon
              title={`项目处于「${projectStateLabel(project.state)}」阶段：从施工到资料收集阶段可以归档和撤回资料。`}
            />
          )}
          <Card title="已归档资料">
            <Table<ArchiveDocument & { label: string }>
              rowKey="id"
              size="middle"
              aria-label="已归档资料"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: '还没有归档资料' }}
              dataSource={checklist.items.flatMap((i) => i.documents.map((d) => ({ ...d, label: i.label.zh })))}
              columns={[
                { title: '资料', dataIndex: 'label' },
                { title: '标题', dataIndex: 'title' },
                { title: '来源', dataIndex: 'source', render: (s: ArchiveDocument['source']) => ARCHIVE_SOURCE_LABELS[s] },
                { title: '文件或存放位置', key: 'where', render: (_, d) => <Where document={d} /> },
                { title: '归档时间', dataIndex: 'filedAt', render: (at: string) => <DateTime at={at} /> },
                ...(filing
                  ? [
                      {
                        title: '操作',
                        key: 'withdraw',
                        render: (_: unknown, d: ArchiveDocument) =>
                          d.source !== 'SYSTEM' && (
                            <Button size="small" danger onClick={() => setWithdrawing(d)} aria-label={`撤回「${d.title}」`}>
                              撤回
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          {referencing && <ReferenceDialog projectId={project.id} items={checklist.items} onClose={() => setReferencing(false)} />}
          {withdrawing && <WithdrawDialog projectId={project.id} document={withdrawing} onClose={() => setWithdrawing(null)} />}
        </Space>
      )}
    </QueryState>
  );
}

function Completeness({ checklist }: { checklist: Checklist }) {
  if (checklist.complete) return <Alert type="success" showIcon title="归档清单已齐全" />;
  const label = (kind: ArchiveKind) => checklist.items.find((i) => i.kind === kind)?.label.zh ?? kind;
  return <Alert type="warning" showIcon title={`尚缺 ${checklist.missing.length} 项：${checklist.missing.map(label).join('、')}`} />;
}

function ItemState({ item, missing }: { item: Item; missing: ArchiveKind[] }) {
  if (missing.includes(item.kind)) return <Tag color="error">尚缺</Tag>;
  if (item.documents.length === 0) return <Tag>无需归档</Tag>;
  return <Tag color="success">已归档</Tag>;
}

function Where({ document: d }: { document: ArchiveDocument }) {
  if (d.source === 'UPLOAD')
    return (
      <span>
        {d.filename}
        {d.sizeBytes !== null && <Typography.Text type="secondary">（{fileSize(d.sizeBytes)}）</Typography.Text>}
      </span>
    );
  return <span>{d.reference ?? '—'}</span>;
}

function VerificationResult({ result }: { result: Verification }) {
  return (
    <Alert
      type={result.intact ? 'success' : 'error'}
      showIcon
      role="status"
      title={
        result.intact
          ? `已重新读取 ${result.checked} 份存档文件，与归档时一致`
          : `已重新读取 ${result.checked} 份存档文件，${result.problems.length} 份有问题`
      }
      description={
        <>
          {result.problems.length > 0 && (
            <ul aria-label="有问题的文件">
              {result.problems.map((p) => (
                <li key={p.documentId}>
                  {p.title}：{ARCHIVE_PROBLEM_LABELS[p.problem]}
                </li>
              ))}
            </ul>
          )}
          <Typography.Text type="secondary">
            校验时间：
            <DateTime at={result.checkedAt} />
          </Typography.Text>
        </>
      }
    />
  );
}

const kindOptions = (items: Item[]) => items.map((i) => ({ value: i.kind, label: i.label.zh }));

/** A file for the archive: kind and title first, then the file, sent with its progress. */
function UploadCard({ projectId, items }: { projectId: string; items: Item[] }) {
  const [form] = Form.useForm<{ kind: ArchiveKind; title: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { message } = App.useApp();
  const archive = useArchiveUpload(projectId);

  const submit = async ({ kind, title }: { kind: ArchiveKind; title: string }) => {
    if (!file) return;
    setFailure(null);
    try {
      const filed = await archive.send(file, kind, title.trim());
      void message.success(`已归档「${filed.title}」`);
      form.resetFields();
      setFile(null);
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <Card title="上传资料">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">PDF、OFD、JPEG、PNG、XLSX 或 DOCX；文件类型按内容识别。</Typography.Text>
        {failure !== null && <ProblemAlert error={failure} title="文件未归档" />}
        <Form form={form} name="archive-upload" layout="vertical" requiredMark={false} onFinish={submit} disabled={archive.busy}>
          <Space wrap align="start" size="large">
            <Form.Item label="资料类别" name="kind" rules={[{ required: true, message: '请选择资料类别' }]} style={{ minWidth: 240 }}>
              <Select options={kindOptions(items)} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item
              label="标题"
              name="title"
              rules={[{ required: true, whitespace: true, message: '请填写标题' }]}
              style={{ minWidth: 280 }}
            >
              <Input maxLength={200} placeholder="如：施工合同（扫描件）" />
            </Form.Item>
            <Form.Item label="文件" htmlFor="archive-file" required help={file ? file.name : '尚未选择文件'}>
              <Upload
                id="archive-file"
                accept={ARCHIVE_ACCEPT}
                showUploadList={false}
                beforeUpload={(f) => {
                  setFile(f);
                  return false;
                }}
              >
                <Button icon={<FileSearchOutlined />}>选择文件</Button>
              </Upload>
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit" icon={<UploadOutlined />} disabled={!file || archive.busy}>
            上传并归档
          </Button>
        </Form>
        <UploadProgress percent={archive.percent} name={file?.name ?? ''} />
      </Space>
    </Card>
  );
}

function ReferenceDialog({ projectId, items, onClose }: { projectId: string; items: Item[]; onClose: () => void }) {
  const [form] = Form.useForm<{ kind: ArchiveKind; title: string; reference: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const dialog = useFormSubmit(
    form,
    (body) => read<ArchiveDocument>(api.POST('/projects/{id}/archive/references', { params: { path: { id: projectId } }, body })),
    (filed) => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'archive'] });
      void message.success(`已登记「${filed.title}」`);
      onClose();
    },
  );
  return (
    <Modal open title="登记外部档案" okText="登记" onOk={() => form.submit()} confirmLoading={dialog.busy} onCancel={onClose}>
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      <Form form={form} name="archive-reference" layout="vertical" requiredMark={false} onFinish={dialog.submit}>
        <Form.Item label="资料类别" name="kind" rules={[{ required: true, message: '请选择资料类别' }]}>
          <Select options={kindOptions(items)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="存放位置"
          name="reference"
          extra="档案编号、存放地点或网址"
          rules={[{ required: true, whitespace: true, min: 2, message: '请填写存放位置（至少 2 个字）' }]}
        >
          <Input maxLength={500} placeholder="如：区城建档案馆 2026-GZ-0153" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function WithdrawDialog({ projectId, document: d, onClose }: { projectId: string; document: ArchiveDocument; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const dialog = useFormSubmit(
    form,
    ({ reason }) =>
      read(
        api.POST('/projects/{id}/archive/documents/{documentId}/withdraw', {
          params: { path: { id: projectId, documentId: d.id } },
          body: { reason: reason.trim() },
        }),
      ),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'archive'] });
      void message.success(`已撤回「${d.title}」`);
      onClose();
    },
  );
  return (
    <Modal
      open
      title={`撤回「${d.title}」`}
      okText="确认撤回"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={dialog.busy}
      onCancel={onClose}
    >
      <Typography.Paragraph>撤回后该资料不再计入归档清单；审计记录会保留它和撤回原因。</Typography.Paragraph>
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      <Form form={form} name="archive-withdraw" layout="vertical" requiredMark={false} onFinish={dialog.submit}>
        <Form.Item
          label="撤回原因"
          name="reason"
          rules={[{ required: true, whitespace: true, min: 2, message: '请说明撤回原因（至少 2 个字）' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：误传，该文件为另一小区的合同" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
