import { useQueryClient } from '@tanstack/react-query';
import { Card } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FileImport } from './FileImport';
import type { Round, VoteImport } from './queries';
import { typedOf } from './recording';
import { CHOICE_LABELS } from './VoteRecorder';

type Vote = VoteImport['sample'][number];

const voteColumns: ColumnsType<Vote> = [
  { title: '户号', dataIndex: 'unitKey', render: (k: string) => typedOf(k) },
  { title: '意见', dataIndex: 'choice', render: (c: keyof typeof CHOICE_LABELS) => CHOICE_LABELS[c] ?? c },
  { title: '签字', dataIndex: 'signed', render: (s: boolean) => (s ? '已签字' : '未签字') },
  { title: '表单编号', dataIndex: 'formNumber', render: (n: string | null) => n ?? '—' },
  { title: '所选项目', dataIndex: 'chosenItems', render: (items: string[] | null) => (items ? items.join('、') || '无' : '—') },
];

/** The paper forms of an open round entered in one file: checked row by row, then written into the ledger. */
export function VoteImportCard({ round }: { round: Round }) {
  const queryClient = useQueryClient();
  return (
    <Card size="small" title="导入纸质表决票">
      <FileImport<VoteImport, Vote>
        path={`/rounds/${round.id}/votes/import`}
        label="导入表决票（CSV/XLSX）"
        template={{
          path: `/rounds/${round.id}/votes/import-template.xlsx`,
          name: '纸质表决票导入模板.xlsx',
          label: '下载本次征询的导入模板',
        }}
        wouldWrite={(r) => `将记录 ${r.recorded} 户的表决，${r.unchanged} 户与已记录的相同。`}
        written={(r) => `已导入：记录 ${r.recorded} 户的表决，${r.unchanged} 户未变。`}
        sample={{ rows: (r) => r.sample, columns: voteColumns, rowKey: (v) => v.unitKey }}
        onWritten={() => queryClient.invalidateQueries({ queryKey: ['rounds', round.id] })}
        testId="votes-import-preview"
      />
    </Card>
  );
}
