import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { DISTRICT_LISTS, districtListQuery, listCatalogQuery, saveDistrictList, type DistrictListKind } from './queries';

/**
 * Who takes part in a step in a district (the parties signing its acceptance forms, the departments
 * of its joint reviews): the whole list shown ticked as it stands, and saved as ticked.
 */
export function DistrictListEditor({ districtId, kind }: { districtId: string; kind: DistrictListKind }) {
  const spec = DISTRICT_LISTS[kind];
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const catalog = useQuery(listCatalogQuery(kind));
  const current = useQuery(districtListQuery(districtId, kind));
  const [ticked, setTicked] = useState<string[]>([]);
  useEffect(() => {
    if (current.data) setTicked(current.data);
  }, [current.data]);
  const save = useMutation({
    mutationFn: (codes: string[]) => saveDistrictList(districtId, kind, codes),
    onSuccess: (codes) => {
      queryClient.setQueryData(districtListQuery(districtId, kind).queryKey, codes);
      void message.success(`已保存${spec.label}`);
    },
  });
  const changed = current.data !== undefined && [...ticked].sort().join() !== [...current.data].sort().join();

  return (
    <QueryState query={current}>
      {() => (
        <QueryState query={catalog}>
          {(entries) => (
            <>
              <Typography.Paragraph type="secondary">{spec.note}</Typography.Paragraph>
              {save.isError && <ProblemAlert error={save.error} />}
              <Checkbox.Group
                aria-label={spec.label}
                value={ticked}
                onChange={(values) => setTicked(values as string[])}
                options={entries.map((e) => ({ value: e.code, label: e.name.zh, disabled: e.code === spec.always }))}
              />
              <Space style={{ marginTop: 12, display: 'flex' }}>
                <Button
                  type="primary"
                  disabled={!changed || ticked.length === 0}
                  loading={save.isPending}
                  onClick={() => save.mutate(ticked)}
                >
                  {spec.save}
                </Button>
              </Space>
            </>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
