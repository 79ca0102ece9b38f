import { DownloadOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import type { SignatureInput } from '@domain/access/signing';
import type { Role } from '@domain/roles';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { download } from '../../../api/transfer';
import { useSession } from '../../../session/SessionProvider';
import { DateTime } from '../../../shared/components/DateTime';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { ACCEPTANCE_FORM_STATE_LABELS, ACCEPTANCE_OPINION_LABELS, ENTRY_LABELS } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import { ApiError, toProblem } from '../../../shared/problem';
import type { ProjectTabProps } from '../tabs';
import { PHOTO_ACCEPT, UploadProgress, useArchiveUpload } from './archive-upload';
import { acceptanceQuery, archiveQuery, partyNamesQuery, type AcceptanceForm, type Signature } from './closeout-queries';
import { signableParties, signatureBody, signingModes, type SigningMode } from './signing';

interface PartyRow {
  party: string;
  signature: Signature | undefined;
}

/** The joint acceptance form (联合验收表): each party's signature, recorded here, and the form as the paper one to download. */
export default function AcceptanceTab({ project }: ProjectTabProps) {
  const form = useQuery(acceptanceQuery(project.id));
  const names = useQuery(partyNamesQuery());
  const role = useSession().session?.role;
  const [signing, setSigning] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const nameOf = (party: string) => names.data?.get(party) ?? party;

  return (
    <QueryState query={form} isEmpty={(f) => f === null} empty="竣工申请验收后，这里会有联合验收表">
      {(f) => {
        if (!f) return null;
        const open = role
          ? signableParties(
              role,
              f.parties,
              f.signatures.map((s) => s.party),
            )
          : [];
        return (
          <Card
            title="联合验收表"
            extra={
              <Space wrap>
                {f.state === 'OPEN' && open.length > 0 && (
                  <Button type="primary" icon={<EditOutlined />} onClick={() => setSigning(true)}>
                    录入签字
                  </Button>
                )}
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() => {
                    setFailure(null);
                    download(`/projects/${project.id}/acceptance/form.xlsx`, '联合验收表.xlsx').catch(setFailure);
                  }}
                >
                  下载验收表（XLSX）
                </Button>
              </Space>
            }
          >
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {failure !== null && <ProblemAlert error={failure} title="未能下载" />}
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label="状态">
                  <Tag color={f.state === 'PASSED' ? 'success' : f.state === 'FAILED' ? 'error' : 'processing'}>
                    {ACCEPTANCE_FORM_STATE_LABELS[f.state]}
                  </Tag>
                </Descriptions.Item>
                <Descriptions.Item label="开启">
                  <DateTime at={f.openedAt} />
                </Descriptions.Item>
                <Descriptions.Item label="结束">
                  <DateTime at={f.closedAt} />
                </Descriptions.Item>
                {f.rectification && <Descriptions.Item label="整改要求">{f.rectification}</Descriptions.Item>}
              </Descriptions>
              <Table<PartyRow>
                rowKey="party"
                size="middle"
                aria-label="验收各方签署"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={f.parties.map((party) => ({ party, signature: f.signatures.find((s) => s.party === party) }))}
                columns={[
                  { title: '验收方', key: 'party', render: (_, r) => nameOf(r.party) },
                  { title: '签字人', key: 'signer', render: (_, r) => r.signature?.signer ?? '—' },
                  {
                    title: '意见',
                    key: 'opinion',
                    render: (_, r) =>
                      r.signature ? (
                        <Tag color={r.signature.opinion === 'PASS' ? 'success' : 'error'}>
                          {ACCEPTANCE_OPINION_LABELS[r.signature.opinion]}
                        </Tag>
                      ) : (
                        <Tag>未签</Tag>
                      ),
                  },
                  { title: '意见说明', key: 'comments', render: (_, r) => r.signature?.comments ?? '—' },
                  { title: '签署时间', key: 'at', render: (_, r) => <DateTime at={r.signature?.signedAt} /> },
                  { title: '录入方式', key: 'entry', render: (_, r) => (r.signature ? ENTRY_LABELS[r.signature.entry] : '—') },
                  { title: '录入人', key: 'by', render: (_, r) => r.signature?.recordedByName ?? '—' },
                  { title: '纸质表编号', key: 'number', render: (_, r) => r.signature?.formNumber ?? '—' },
                  {
                    title: '签字页照片',
                    key: 'photo',
                    render: (_, r) =>
                      r.signature?.photoSha256 ? (
                        <Typography.Text code title={r.signature.photoSha256}>
                          {r.signature.photoSha256.slice(0, 12)}…
                        </Typography.Text>
                      ) : (
                        '—'
                      ),
                  },
                ]}
              />
            </Space>
            {signing && role && (
              <SignatureDialog projectId={project.id} role={role} parties={open} nameOf={nameOf} onClose={() => setSigning(false)} />
            )}
          </Card>
        );
      }}
    </QueryState>
  );
}

type DialogValues = SignatureInput & { mode: SigningMode };

const NOT_THE_PARTY = '您不属于该验收方，不能以本单位名义签署；已改为代为录入，请填写签字人、纸质表编号并附签字页照片。';

function SignatureDialog({
  projectId,
  role,
  parties,
  nameOf,
  onClose,
}: {
  projectId: string;
  role: Role;
  parties: string[];
  nameOf: (party: string) => string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DialogValues>();
  const modes = signingModes(role);
  const mode = Form.useWatch('mode', form) ?? modes[0]!;
  const dialog = useFormSubmit(
    form,
    async (values: DialogValues) => {
      try {
        return await read<AcceptanceForm>(
          api.POST('/projects/{id}/acceptance/signatures', {
            params: { path: { id: projectId } },
            body: signatureBody(values, values.mode),
          }),
        );
      } catch (e) {
        // Signing as a party one does not work for asks for the paper: the fields to give it are the other mode's.
        if (values.mode === 'SELF' && toProblem(e).fields.some((f) => f.code === 'EVIDENCE_REQUIRED')) {
          form.setFieldValue('mode', 'ON_BEHALF');
          throw new ApiError({ ...toProblem(e), message: NOT_THE_PARTY, fields: [] });
        }
        throw e;
      }
    },
    (_, values) => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success(`已录入「${nameOf(values.party)}」的签字`);
      onClose();
    },
  );

  return (
    <Modal open title="录入验收签字" okText="录入" onOk={() => form.submit()} confirmLoading={dialog.busy} onCancel={onClose} width={640}>
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      <Form<DialogValues>
        form={form}
        name="signature"
        layout="vertical"
        requiredMark={false}
        onFinish={dialog.submit}
        initialValues={{ party: parties[0], mode: modes[0], opinion: 'PASS', comments: '' }}
      >
        <Form.Item label="验收方" name="party" rules={[{ required: true, message: '请选择验收方' }]}>
          <Select options={parties.map((p) => ({ value: p, label: nameOf(p) }))} />
        </Form.Item>
        {modes.length > 1 && (
          <Form.Item label="录入方式" name="mode" extra="您不属于该验收方时，须依据其签字的纸质验收表代为录入">
            <Radio.Group options={modes.map((m) => ({ value: m, label: ENTRY_LABELS[m] }))} />
          </Form.Item>
        )}
        <Form.Item label="验收意见" name="opinion">
          <Radio.Group options={(['PASS', 'FAIL'] as const).map((o) => ({ value: o, label: ACCEPTANCE_OPINION_LABELS[o] }))} />
        </Form.Item>
        <Form.Item label="意见说明" name="comments" rules={[{ required: true, whitespace: true, message: '请填写意见说明' }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          label="签字人"
          name="signer"
          extra={mode === 'SELF' ? '不填则为您的姓名' : undefined}
          rules={[{ required: mode === 'ON_BEHALF', whitespace: true, message: '请填写纸质表上的签字人' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        {mode === 'ON_BEHALF' && (
          <>
            <Form.Item label="纸质表编号" name="formNumber" rules={[{ required: true, whitespace: true, message: '请填写纸质表编号' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <PaperPhoto projectId={projectId} onUploaded={(id) => form.setFieldValue('photoDocumentId', id)} />
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The photo of the signed paper form: one already in the archive, or one uploaded now (it is filed with the acceptance form). */
function PaperPhoto({ projectId, onUploaded }: { projectId: string; onUploaded: (documentId: string) => void }) {
  const archive = useQuery(archiveQuery(projectId));
  const photos = useArchiveUpload(projectId);
  const [sending, setSending] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const options = (archive.data?.items.find((i) => i.kind === 'ACCEPTANCE_FORM')?.documents ?? [])
    .filter((d) => d.contentType?.startsWith('image/'))
    .map((d) => ({ value: d.id, label: `${d.title}（${d.filename}）` }));

  return (
    <>
      <Form.Item label="签字页照片" name="photoDocumentId" rules={[{ required: true, message: '请选择或上传签字页照片' }]}>
        <Select loading={archive.isPending} options={options} placeholder="选择已归档的照片，或在下方上传" />
      </Form.Item>
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
        <Upload
          accept={PHOTO_ACCEPT}
          showUploadList={false}
          disabled={photos.busy}
          beforeUpload={(file) => {
            setFailure(null);
            setSending(file.name);
            photos
              .send(file, 'ACCEPTANCE_FORM', '联合验收表签字页照片')
              .then((d) => onUploaded(d.id))
              .catch(setFailure);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} disabled={photos.busy}>
            上传签字页照片（JPEG/PNG）
          </Button>
        </Upload>
        <UploadProgress percent={photos.percent} name={sending} />
        {failure !== null && <ProblemAlert error={failure} title="照片未上传" />}
      </Space>
    </>
  );
}
