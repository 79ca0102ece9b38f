import { chinaDate } from '@domain/calendar';
import type { FindingSeverity } from '@domain/construction/supervision';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, read } from '../../api/client';
import { FormCards } from '../../shared/components/FormRows';
import { FormDialog } from '../../shared/components/FormDialog';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { useFormSubmit } from '../../shared/forms';
import { SEVERITY_OPTIONS } from './findings';
import type { Report } from './queries';

/**
 * What a report change touches: the project's reports and progress, the queue across projects,
 * the findings and the portfolio's overdue counts.
 */
export function useAfterReport(projectId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'reports'] }),
      queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'progress'] }),
      queryClient.invalidateQueries({ queryKey: ['findings'] }),
      queryClient.invalidateQueries({ queryKey: ['reports'] }),
      queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
    ]);
}

/** A supervisor's acceptance, confirmed first. */
export function AcceptDialog({ projectId, report, onClose }: { projectId: string; report: Report; onClose: () => void }) {
  const after = useAfterReport(projectId);
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    setBusy(true);
    try {
      await read<Report>(api.POST('/reports/{id}/accept', { params: { path: { id: report.id } } }));
      message.success(`已采纳第 ${report.seq} 期进度报告。`);
      await after();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`确认：采纳第 ${report.seq} 期进度报告`}
      okText="确认采纳"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => void accept()}
    >
      <Typography.Paragraph>采纳后，本期各项目的完成比例计入项目进度，下一期报告随即开始计时。</Typography.Paragraph>
      {error !== null && <ProblemAlert error={error} title="未能采纳" />}
    </Modal>
  );
}

interface ReturnValues {
  findings: { severity: FindingSeverity; description: string; deadline: string; responsible: string }[];
}

/** A supervisor returns a report with the findings listed in the form, one or more. */
export function ReturnDialog({ projectId, report, onClose }: { projectId: string; report: Report; onClose: () => void }) {
  const [form] = Form.useForm<ReturnValues>();
  const after = useAfterReport(projectId);
  const { message } = App.useApp();
  const today = chinaDate(new Date());
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: ReturnValues) =>
      read<Report>(
        api.POST('/reports/{id}/return', {
          params: { path: { id: report.id } },
          body: {
            findings: v.findings.map((f) => ({
              severity: f.severity,
              description: f.description.trim(),
              deadline: f.deadline,
              responsible: f.responsible.trim(),
            })),
          },
        }),
      ),
    async (_, v) => {
      message.success(`已退回第 ${report.seq} 期进度报告，${v.findings.length} 个问题已记入问题台账。`);
      await after();
      onClose();
    },
  );
  return (
    <FormDialog
      title={`退回第 ${report.seq} 期进度报告`}
      okText="确认退回"
      danger
      width={720}
      busy={busy}
      error={error}
      failure="未能退回"
      hint="列出要整改的问题，每个问题都有严重程度、整改期限和责任人；问题记入问题台账，销号前一直挂账。"
      form={form}
      initialValues={{ findings: [{ severity: 'MEDIUM' }] }}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormCards
        name="findings"
        title={(i) => `问题 ${i + 1}`}
        removeLabel={(i) => `删除问题 ${i + 1}`}
        addText="再加一个问题"
        newRow={{ severity: 'MEDIUM' }}
        max={100}
      >
        {(field) => (
          <>
            <Form.Item
              label="问题描述"
              name={[field.name, 'description']}
              rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
            >
              <Input.TextArea rows={2} maxLength={5000} />
            </Form.Item>
            <Space wrap align="start">
              <Form.Item label="严重程度" name={[field.name, 'severity']} rules={[{ required: true, message: '请选择严重程度' }]}>
                <Select options={SEVERITY_OPTIONS} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item
                label="整改期限"
                name={[field.name, 'deadline']}
                rules={[{ required: true, message: '请选择整改期限' }]}
                extra="当日 24 时（北京时间）前整改完毕"
              >
                <Input type="date" min={today} style={{ width: 170 }} />
              </Form.Item>
              <Form.Item
                label="责任人"
                name={[field.name, 'responsible']}
                rules={[{ required: true, whitespace: true, message: '请填写责任人' }]}
              >
                <Input maxLength={200} placeholder="如 施工单位项目经理" style={{ width: 220 }} />
              </Form.Item>
            </Space>
          </>
        )}
      </FormCards>
    </FormDialog>
  );
}
