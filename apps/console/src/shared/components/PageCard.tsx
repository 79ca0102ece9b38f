import { Card, Typography, type CardProps } from 'antd';
import type { ReactNode } from 'react';

/** A page's frame: its title as the page's heading, what acts on the whole page at the right. */
export function PageCard({ title, ...card }: Omit<CardProps, 'title'> & { title: ReactNode }) {
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      }
      {...card}
    />
  );
}
