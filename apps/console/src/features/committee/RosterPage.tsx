import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Empty, Form, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useProfile } from '../../session/SessionProvider';
import { PageCard } from '../../shared/components/PageCard';
import { DataTable } from '../../shared/components/DataTable';
import { FilterSelect } from '../../shared/components/Filters';
import { HOUSEHOLD_STATUS_LABELS } from '../../shared/dictionary';
import { FileImport } from './FileImport';
import { HouseholdDialog, MoveDialog } from './HouseholdDialogs';
import { doorOf } from './households';
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

/** Which dialog is open over the roster. */
type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; household: Household } | { kind: 'move'; household: Household };

/** The household roster of one compound: added to and corrected one by one, moves recorded, or imported from CSV/XLSX. */
export default function RosterPage() {
  const me = useProfile().data;
  const compounds = me?.compounds ?? [];
  const [params, setParams] = useSearchParams();
  const compoundId = params.get('compound') ?? compounds[0]?.id;
  const [page, setPage] = useState({ limit: 50, offset: 0 });
  const [includeDeparted, setIncludeDeparted] = useState(false);
  const roster = useQuery({ ...rosterQuery(compoundId ?? '', page, includeDeparted), enabled: !!compoundId });
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const queryClient = useQueryClient();

  if (!compoundId) return <Empty description="您的管辖范围内没有小区" />;

  const columns: ColumnsType<Household> = [
    ...(householdColumns as ColumnsType<Household>),
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: Household['status'], h) => (
        <Tag color={s === 'CURRENT' ? 'success' : 'default'}>
          {HOUSEHOLD_STATUS_LABELS[s]}
          {h.leftOn ? `（${h.leftOn}）` : ''}
        </Tag>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, h) =>
        // A departed household is kept for the rounds that counted it: it can no longer be changed.
        h.status === 'CURRENT' && (
          <Space size={0}>
            <Button type="link" size="small" aria-label={`编辑 ${doorOf(h)}`} onClick={() => setEditing({ kind: 'edit', household: h })}>
              编辑
            </Button>
            <Button
              type="link"
              size="small"
              aria-label={`住户变动 ${doorOf(h)}`}
              onClick={() => setEditing({ kind: 'move', household: h })}
            >
              变动
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <PageCard title="住户名册">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <FilterSelect
            id="roster-compound"
            label="小区"
            width={200}
            searchable
            value={compoundId}
            options={compounds.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v) => {
              setParams({ compound: v! }, { replace: true });
              setPage({ limit: page.limit, offset: 0 });
            }}
          />
          <Form.Item>
            <Checkbox
              checked={includeDeparted}
              onChange={(e) => {
                setIncludeDeparted(e.target.checked);
                setPage({ limit: page.limit, offset: 0 });
              }}
            >
              显示已迁出、合并、分户的住户
            </Checkbox>
          </Form.Item>
          <Form.Item>
            <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'add' })}>
              新增住户
            </Button>
          </Form.Item>
        </Form>

        <FileImport<RosterImport, Row>
          // A new compound starts a new check.
          key={compoundId}
          path={`/compounds/${compoundId}/households/import`}
          label="导入名册（CSV/XLSX）"
          template={{ path: '/households/import-template.xlsx', name: '住户花名册导入模板.xlsx', label: '下载导入模板' }}
          wouldWrite={(r) => `将新增 ${r.created} 户，更新 ${r.updated} 户。`}
          written={(r) => `已导入：新增 ${r.created} 户，更新 ${r.updated} 户。`}
          sample={{ rows: (r) => r.sample, columns: householdColumns, rowKey: (h) => `${h.building}/${h.unit}/${h.room}` }}
          onWritten={() => queryClient.invalidateQueries({ queryKey: ['compounds', compoundId] })}
          testId="import-preview"
        />

        <div data-testid="roster">
          <DataTable<Household>
            rowKey="id"
            columns={columns}
            query={roster}
            page={page}
            onPage={setPage}
            empty="名册中还没有住户，可下载模板填写后导入"
            size="middle"
            aria-label="住户名册"
            scroll={{ x: 'max-content' }}
          />
        </div>
      </Space>
      {editing.kind === 'add' && <HouseholdDialog compoundId={compoundId} onClose={() => setEditing({ kind: 'none' })} />}
      {editing.kind === 'edit' && (
        <HouseholdDialog compoundId={compoundId} household={editing.household} onClose={() => setEditing({ kind: 'none' })} />
      )}
      {editing.kind === 'move' && <MoveDialog household={editing.household} onClose={() => setEditing({ kind: 'none' })} />}
    </PageCard>
  );
}
