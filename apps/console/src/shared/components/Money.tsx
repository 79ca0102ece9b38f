import { Typography } from 'antd';
import { fenFromYuan, formatFen, formatYuan } from '../money';

/**
 * An amount: exact yuan, and the fen figure beneath where it must be seen (plan items). Given in
 * fen strings, or as the exact yuan text the planning and plan views answer with ("1234.56").
 */
export function Money({ fen, yuan, showFen = false }: { fen?: string | bigint | number; yuan?: string; showFen?: boolean }) {
  const exact = fen ?? (yuan === undefined ? null : fenFromYuan(yuan));
  if (exact === null) throw new RangeError(`not an amount: ${String(yuan)}`);
  return (
    <span className="money">
      <span>{formatYuan(exact)}</span>
      {showFen && (
        <Typography.Text type="secondary" className="money-fen">
          {formatFen(exact)}
        </Typography.Text>
      )}
    </span>
  );
}
