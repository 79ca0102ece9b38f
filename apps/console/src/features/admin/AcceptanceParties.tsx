import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, read } from '../../api/client';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { acceptancePartiesQuery, districtPartiesQuery } from './queries';

/** Residents sign every acceptance form: the API keeps them on every list, so the box cannot be cleared. */
const ALWAYS = 'OWNER_REPRESENTATIVES';

/** Who signs a district's joint acceptance forms: the whole list is shown ticked as it stands, and saved as ticked. */
export function AcceptanceParties({ districtId }: { districtId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const catalog = useQuery(acceptancePartiesQuery());
  const current = useQuery(districtPartiesQuery(districtId));
  const [ticked, setTicked] = useState<string[]>([]);
  useEffect(() => {
    if (current.data) setTicked(current.data);
  }, [current.data]);
  const save = useMutation({
    mutationFn: (parties: string[]) =>
      read<string[]>(api.PUT('/districts/{id}/acceptance-parties', { params: { path: { id: districtId } }, body: { parties } })),
    onSuccess: (parties) => {
      queryClient.setQueryData(districtPartiesQuery(districtId).queryKey, parties);
      void message.success('已保存验收签字单位');
    },
  });
  const changed = current.data !== undefined && [...ticked].sort().join() !== [...current.data].sort().join();

  return (
    <QueryState query={current}>
      {() => (
        <QueryState query={catalog}>
          {(parties) => (
            <>
              <Typography.Paragraph type="secondary">已开启的验收单保留原有签字单位；业主代表始终参与签字。</Typography.Paragraph>
              {save.isError && <ProblemAlert error={save.error} />}
              <Checkbox.Group
                aria-label="验收签字单位"
                value={ticked}
                onChange={(values) => setTicked(values as string[])}
                options={parties.map((p) => ({ value: p.code, label: p.name.zh, disabled: p.code === ALWAYS }))}
              />
              <Space style={{ marginTop: 12, display: 'flex' }}>
                <Button
                  type="primary"
                  disabled={!changed || ticked.length === 0}
                  loading={save.isPending}
                  onClick={() => save.mutate(ticked)}
                >
                  保存签字单位
                </Button>
              </Space>
            </>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
