import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { download, upload } from '../../api/transfer';
import { useProfile } from '../../session/SessionProvider';
import { DataTable } from '../../shared/components/DataTable';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { rosterQuery, type Household, type RosterImport } from './queries';

type Row = Pick<Household, 'building' | 'unit' | 'room' | 'floorArea' | 'ownerName' | 'ownerPhone'>;

const householdColumns: ColumnsType<Row> = [
  { title: '楼栋', dataIndex: 'building' },
  { title: '单元', dataIndex: 'unit' },
  { title: '房号', dataIndex: 'room' },
  { title: '建筑面积（m²）', dataIndex: 'floorArea', align: 'right' },
  { title: '户主', dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
  { title: '联系电话', dataIndex: 'ownerPhone', render: (v: string | null) => v ?? '—' },
];

type RowError = RosterImport['errors'][number];

const errorColumns: ColumnsType<RowError> = [
  { title: '行号', dataIndex: 'line', render: (n: number) => (n === 0 ? '整个文件' : n), width: 90 },
  { title: '列', dataIndex: 'column', render: (c: string | null) => c ?? '—', width: 120 },
  { title: '问题', dataIndex: 'message' },
];

/** Where an import stands: a file checked (dry run) and shown, then written. */
type Step =
  { kind: 'idle' } | { kind: 'sending'; percent: number; dryRun: boolean } | { kind: 'checked'; file: File; result: RosterImport };

/** The household roster of one compound, with the CSV/XLSX import: checked first, written on confirmation. */
export default function RosterPage() {
  const me = useProfile().data;
  const compounds = me?.compounds ?? [];
  const [params, setParams] = useSearchParams();
  const compoundId = params.get('compound') ?? compounds[0]?.id;
  const [page, setPage] = useState({ limit: 50, offset: 0 });
  const roster = useQuery({ ...rosterQuery(compoundId ?? '', page), enabled: !!compoundId });
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failure, setFailure] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  if (!compoundId) return <Empty description="您的管辖范围内没有小区" />;

  const send = async (file: File, dryRun: boolean) => {
    setFailure(null);
    setStep({ kind: 'sending', percent: 0, dryRun });
    try {
      const result = await upload<RosterImport>(`/compounds/${compoundId}/households/import?dryRun=${dryRun}`, file, (percent) =>
        setStep({ kind: 'sending', percent, dryRun }),
      );
      if (dryRun) {
        setStep({ kind: 'checked', file, result });
        return;
      }
      setStep({ kind: 'idle' });
      message.success(`已导入：新增 ${result.created} 户，更新 ${result.updated} 户。`);
      await queryClient.invalidateQueries({ queryKey: ['compounds', compoundId] });
    } catch (e) {
      setFailure(e);
      setStep({ kind: 'idle' });
    }
  };

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          住户名册
        </Typography.Title>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label="小区" htmlFor="roster-compound">
            <Select
              id="roster-compound"
              style={{ width: 200 }}
              value={compoundId}
              options={compounds.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v) => {
                setParams({ compound: v }, { replace: true });
                setPage({ limit: page.limit, offset: 0 });
                setStep({ kind: 'idle' });
              }}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item>
            <Upload
              accept=".csv,.xlsx"
              showUploadList={false}
              disabled={step.kind === 'sending'}
              beforeUpload={(file) => {
                void send(file, true);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} disabled={step.kind === 'sending'}>
                导入名册（CSV/XLSX）
              </Button>
            </Upload>
          </Form.Item>
          <Form.Item>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => download('/households/import-template.xlsx', '住户花名册导入模板.xlsx').catch(setFailure)}
            >
              下载导入模板
            </Button>
          </Form.Item>
        </Form>

        {step.kind === 'sending' && (
          <div aria-live="polite">
            <Typography.Text>{step.dryRun ? '正在上传并检查文件…' : '正在导入…'}</Typography.Text>
            <Progress percent={step.percent} aria-label="上传进度" />
          </div>
        )}
        {failure !== null && <ProblemAlert error={failure} title="导入未完成" />}
        {step.kind === 'checked' && (
          <ImportPreview step={step} onConfirm={() => void send(step.file, false)} onCancel={() => setStep({ kind: 'idle' })} />
        )}

        <div data-testid="roster">
          <DataTable<Household>
            rowKey="id"
            columns={householdColumns as ColumnsType<Household>}
            query={roster}
            page={page}
            onPage={setPage}
            empty="名册中还没有住户，可下载模板填写后导入"
            size="middle"
            aria-label="住户名册"
          />
        </div>
      </Space>
    </Card>
  );
}

/** What the checked file would write, and every bad row: nothing is written until confirmed, and not at all with errors. */
function ImportPreview({
  step,
  onConfirm,
  onCancel,
}: {
  step: Extract<Step, { kind: 'checked' }>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const r = step.result;
  const bad = r.errorCount > 0;
  return (
    <Card size="small" title={`检查结果：${step.file.name}`} data-testid="import-preview">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type={bad ? 'error' : 'success'}
          showIcon
          title={
            bad
              ? `共 ${r.total} 行，其中 ${r.errorCount} 处错误，修改后请重新导入（整个文件都不会写入）。`
              : `共 ${r.total} 行，检查通过：将新增 ${r.created} 户，更新 ${r.updated} 户。`
          }
          description={
            <>
              <div>表头在第 {r.headerLine} 行。</div>
              {r.ignoredColumns.length > 0 && <div>不读取的列：{r.ignoredColumns.join('、')}</div>}
              {r.footerLines.length > 0 && <div>表尾的合计、签字等行不作住户读取：第 {r.footerLines.join('、')} 行</div>}
            </>
          }
        />
        {bad ? (
          <Table<RowError>
            size="small"
            rowKey={(e) => `${e.line}:${e.column}:${e.code}`}
            columns={errorColumns}
            dataSource={r.errors}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            aria-label="错误的行"
            scroll={{ x: 'max-content' }}
          />
        ) : (
          <Table<Row>
            size="small"
            rowKey={(h) => `${h.building}/${h.unit}/${h.room}`}
            columns={householdColumns}
            dataSource={r.sample}
            pagination={false}
            title={() => '前 20 行预览'}
            scroll={{ x: 'max-content' }}
          />
        )}
        <Space>
          <Button type="primary" disabled={bad} onClick={onConfirm}>
            确认导入
          </Button>
          <Button onClick={onCancel}>取消</Button>
        </Space>
      </Space>
    </Card>
  );
}
