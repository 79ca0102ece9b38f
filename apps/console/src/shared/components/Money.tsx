import { Typography } from 'antd';
import { fenFromYuan, formatFen, formatYuan } from '../money';

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

/** An amount the API writes in yuan as decimal text ("9000.00", plan prices and budgets), shown as every amount is. */
export function YuanText({ yuan, showFen = false }: { yuan: string; showFen?: boolean }) {
  const fen = fenFromYuan(yuan);
  return fen === null ? <span className="money">{yuan} 元</span> : <Money fen={fen} showFen={showFen} />;
}
