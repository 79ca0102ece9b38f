import { Descriptions, List, Typography } from 'antd';
import { useProfile } from '../../session/SessionProvider';
import { PageCard } from '../../shared/components/PageCard';
import { QueryState } from '../../shared/components/QueryState';
import { roleLabel } from '../../shared/dictionary';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Who is signed in and where they may act. */
export default function AccountPage() {
  const profile = useProfile();
  return (
    <>
      <PageCard title="我的账号">
        <QueryState query={profile}>
          {(me) => (
            <>
              <Descriptions column={1} bordered size="small">
                <Descriptions.Item label="姓名">{me.displayName}</Descriptions.Item>
                <Descriptions.Item label="用户名">{me.username}</Descriptions.Item>
                <Descriptions.Item label="角色">{roleLabel(me.role)}</Descriptions.Item>
                <Descriptions.Item label="管辖范围">
                  {me.role === 'ADMIN'
                    ? '全市所有区县'
                    : me.role === 'RESIDENTS_COMMITTEE'
                      ? `${me.compounds.length} 个小区`
                      : `${me.districts.length} 个区县`}
                </Descriptions.Item>
              </Descriptions>
              {me.role !== 'ADMIN' && (
                <List
                  header={<Typography.Text strong>{me.role === 'RESIDENTS_COMMITTEE' ? '负责的小区' : '负责的区县'}</Typography.Text>}
                  dataSource={me.role === 'RESIDENTS_COMMITTEE' ? me.compounds : me.districts}
                  renderItem={(place) => <List.Item>{place.name}</List.Item>}
                  locale={{ emptyText: '尚未分配管辖范围，请联系系统管理员。' }}
                  style={{ marginTop: 16 }}
                />
              )}
            </>
          )}
        </QueryState>
      </PageCard>
      <PageCard title="修改密码" style={{ marginTop: 16 }}>
        <ChangePasswordForm />
      </PageCard>
    </>
  );
}
