import { Typography } from 'antd';
import { formatFen, formatYuan } from '../money';

/** An amount from fen strings: exact yuan, and the fen figure beneath where it must be seen (plan items). */
export function Money({ fen, showFen = false }: { fen: string | bigint | number; showFen?: boolean }) {
  return (
    <span className="money">
      <span>{formatYuan(fen)}</span>
      {showFen && (
        <Typography.Text type="secondary" className="money-fen">
          {formatFen(fen)}
        </Typography.Text>
      )}
    </span>
  );
}
