import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row, Space, type FormListFieldData } from 'antd';
import type { FormListProps } from 'antd/es/form';
import type { ReactNode } from 'react';

type Span = { xs: number; md: number };

/**
 * A form's list of rows, one line of fields each, with a button to add a row and one to remove
 * each: the rows are named "第 N <noun>" for screen readers, the remove button "删除第 N <noun>".
 */
export function FormRows<T>({
  name,
  noun,
  addText,
  newRow,
  removeSpan = { xs: 2, md: 2 },
  children,
}: {
  name: string | (string | number)[];
  /** A row's noun with its measure word: "项资金来源", "位成员". */
  noun: string;
  addText: string;
  newRow: T;
  removeSpan?: Span;
  /** The row's columns (`<Col>`s of `Form.Item`s named `[field.name, '…']`). */
  children: (field: FormListFieldData, index: number) => ReactNode;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={12} align="bottom" role="group" aria-label={`第 ${index + 1} ${noun}`}>
              {children(field, index)}
              <Col {...removeSpan}>
                <Form.Item label={<span aria-hidden>&nbsp;</span>}>
                  <Button danger icon={<DeleteOutlined />} aria-label={`删除第 ${index + 1} ${noun}`} onClick={() => remove(field.name)} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Form.Item>
            <Button icon={<PlusOutlined />} onClick={() => add(newRow)}>
              {addText}
            </Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}

/** A form's own buttons, where it is not in a dialog: submit, and cancel beside it. */
export function FormActions({ busy, submit, onCancel }: { busy: boolean; submit: ReactNode; onCancel: () => void }) {
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submit}
      </Button>
      <Button onClick={onCancel}>取消</Button>
    </Space>
  );
}

/**
 * A form's list of parts, a small card each (a change's lines, a report's findings, the households
 * a split makes): each can be removed while more than `min` are left, and more added up to `max`.
 */
export function FormCards<T>({
  name,
  title,
  removeLabel,
  addText,
  newRow,
  min = 1,
  max,
  rules,
  children,
}: {
  name: string;
  title: (index: number) => string;
  removeLabel: (index: number) => string;
  addText: string;
  newRow: T;
  min?: number;
  max?: number;
  rules?: FormListProps['rules'];
  children: (field: FormListFieldData, index: number) => ReactNode;
}) {
  return (
    <Form.List name={name} rules={rules}>
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={title(index)}
              extra={
                fields.length > min && (
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={removeLabel(index)} onClick={() => remove(field.name)} />
                )
              }
            >
              {children(field, index)}
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(newRow)} disabled={max !== undefined && fields.length >= max}>
            {addText}
          </Button>
          <Form.ErrorList errors={errors} />
        </Space>
      )}
    </Form.List>
  );
}
