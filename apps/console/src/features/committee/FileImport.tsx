import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type Key } from 'react';
import { download, upload } from '../../api/transfer';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import type { RosterImport } from './queries';

/** What both imports (the roster, a paper tally) answer besides their own counts and sample. */
type ImportReport = Pick<RosterImport, 'dryRun' | 'headerLine' | 'ignoredColumns' | 'footerLines' | 'errors' | 'errorCount'> & {
  total: number;
};

type RowError = ImportReport['errors'][number];

const errorColumns: ColumnsType<RowError> = [
  { title: '行号', dataIndex: 'line', render: (n: number) => (n === 0 ? '整个文件' : n), width: 90 },
  { title: '列', dataIndex: 'column', render: (c: string | null) => c ?? '—', width: 120 },
  { title: '问题', dataIndex: 'message' },
];

/** Where an import stands: a file checked (dry run) and shown, then written. */
type Step<R> = { kind: 'idle' } | { kind: 'sending'; percent: number; dryRun: boolean } | { kind: 'checked'; file: File; result: R };

export interface FileImportProps<R extends ImportReport, S extends object> {
  /** The import's path, without `?dryRun`. */
  path: string;
  /** The upload button's text. */
  label: string;
  template: { path: string; name: string; label: string };
  /** What a file that passed would write, said before it is confirmed. */
  wouldWrite: (r: R) => string;
  /** What was written, said after. */
  written: (r: R) => string;
  sample: { rows: (r: R) => S[]; columns: ColumnsType<S>; rowKey: (row: S) => Key };
  onWritten: () => Promise<unknown>;
  /** A name for the check's card, so a page with two imports can tell them apart. */
  testId: string;
}

/**
 * A CSV/XLSX import, checked first: the file goes up with a progress bar as a dry run, every bad
 * row is listed with its line and column and nothing is written; a clean file is previewed and
 * sent again on confirmation.
 */
export function FileImport<R extends ImportReport, S extends object>(p: FileImportProps<R, S>) {
  const [step, setStep] = useState<Step<R>>({ kind: 'idle' });
  const [failure, setFailure] = useState<unknown>(null);
  const { message } = App.useApp();

  const send = async (file: File, dryRun: boolean) => {
    setFailure(null);
    setStep({ kind: 'sending', percent: 0, dryRun });
    try {
      const result = await upload<R>(`${p.path}?dryRun=${dryRun}`, file, (percent) => setStep({ kind: 'sending', percent, dryRun }));
      if (dryRun) {
        setStep({ kind: 'checked', file, result });
        return;
      }
      setStep({ kind: 'idle' });
      message.success(p.written(result));
      await p.onWritten();
    } catch (e) {
      setFailure(e);
      setStep({ kind: 'idle' });
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
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
            {p.label}
          </Button>
        </Upload>
        <Button icon={<DownloadOutlined />} onClick={() => download(p.template.path, p.template.name).catch(setFailure)}>
          {p.template.label}
        </Button>
      </Space>

      {step.kind === 'sending' && (
        <div aria-live="polite">
          <Typography.Text>{step.dryRun ? '正在上传并检查文件…' : '正在导入…'}</Typography.Text>
          <Progress percent={step.percent} aria-label="上传进度" />
        </div>
      )}
      {failure !== null && <ProblemAlert error={failure} title="导入未完成" />}
      {step.kind === 'checked' && (
        <ImportPreview
          {...p}
          file={step.file}
          result={step.result}
          onConfirm={() => void send(step.file, false)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
    </Space>
  );
}

/** What the checked file would write, and every bad row: nothing is written until confirmed, and not at all with errors. */
function ImportPreview<R extends ImportReport, S extends object>({
  file,
  result: r,
  wouldWrite,
  sample,
  testId,
  onConfirm,
  onCancel,
}: FileImportProps<R, S> & { file: File; result: R; onConfirm: () => void; onCancel: () => void }) {
  const bad = r.errorCount > 0;
  return (
    <Card size="small" title={`检查结果：${file.name}`} data-testid={testId}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type={bad ? 'error' : 'success'}
          showIcon
          title={
            bad
              ? `共 ${r.total} 行，其中 ${r.errorCount} 处错误，修改后请重新导入（整个文件都不会写入）。`
              : `共 ${r.total} 行，检查通过：${wouldWrite(r)}`
          }
          description={
            <>
              <div>表头在第 {r.headerLine} 行。</div>
              {r.ignoredColumns.length > 0 && <div>不读取的列：{r.ignoredColumns.join('、')}</div>}
              {r.footerLines.length > 0 && <div>表尾的合计、签字等行不作数据读取：第 {r.footerLines.join('、')} 行</div>}
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
          <Table<S>
            size="small"
            rowKey={sample.rowKey}
            columns={sample.columns}
            dataSource={sample.rows(r)}
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
