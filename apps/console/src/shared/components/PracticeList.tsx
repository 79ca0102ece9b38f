import { Typography } from 'antd';
import { usePractices } from '../practices';

/** What other cities did against a refusal: title, city and year, and what they did. */
export function PracticeList({ ids }: { ids: string[] }) {
  const practices = usePractices();
  if (ids.length === 0) return null;
  if (!practices.data) return <div className="practices">{practices.isError ? '参考做法暂时无法读取' : '正在读取参考做法…'}</div>;
  return (
    <div className="practices">
      <Typography.Text type="secondary">其他城市的做法：</Typography.Text>
      <ul aria-label="其他城市的做法">
        {ids.map((id) => {
          const p = practices.data.get(id);
          if (!p) return null;
          return (
            <li key={id} className="practice">
              <Typography.Text strong>{p.title.zh}</Typography.Text>
              <Typography.Text type="secondary">
                （{p.place.zh}，{p.year} 年）
              </Typography.Text>
              <Typography.Paragraph className="practice-text" ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
                {p.practice.zh}
              </Typography.Paragraph>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
