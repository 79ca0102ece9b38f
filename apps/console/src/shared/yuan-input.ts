import type { FormRule } from 'antd';
import { fenFromYuan } from './money';

/** What a money field asks for, and says when it gets something else. */
export const YUAN_HINT = '以元为单位，最多两位小数，如 1234.56';

/**
 * The rules of a field where yuan are typed as text: refused next to the field unless it is an
 * amount of at most two decimals (and, with `positive`, more than zero). Read it with `fenFromYuan`.
 */
export function yuanRules({ required = true, positive = false }: { required?: boolean; positive?: boolean } = {}): FormRule[] {
  return [
    {
      validator: async (_, value: unknown) => {
        const text = typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
        if (text === '') {
          if (required) throw new Error('请填写金额');
          return;
        }
        const fen = fenFromYuan(text);
        if (fen === null) throw new Error(`金额格式不正确：${YUAN_HINT}`);
        if (positive && fen === '0') throw new Error('金额须大于 0');
      },
    },
  ];
}
