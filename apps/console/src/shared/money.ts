/**
 * Money arrives from the API as exact fen in decimal strings ("123456" = 1,234.56 yuan) and is
 * shown without ever passing through floating point: the string is split, not divided.
 */
const FEN = /^-?\d+$/;

/** Digits grouped by thousands, as Chinese forms write amounts (1,234,567). */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "123456" → "1,234.56"; "-5" → "-0.05". A value that is not whole fen is refused, not guessed. */
export function yuanFromFen(fen: string | bigint | number): string {
  const text =
    typeof fen === 'string' ? fen.trim() : typeof fen === 'bigint' ? fen.toString() : Number.isSafeInteger(fen) ? String(fen) : '';
  if (!FEN.test(text)) throw new RangeError(`not an amount in fen: ${String(fen)}`);
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '').padStart(3, '0');
  const yuan = group(digits.slice(0, -2));
  const sign = negative && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${yuan}.${digits.slice(-2)}`;
}

/** With the unit: "1,234.56 元". */
export function formatYuan(fen: string | bigint | number): string {
  return `${yuanFromFen(fen)} 元`;
}

/** "123456" → "123,456 分", for where the exact fen figure is shown beneath the yuan. */
export function formatFen(fen: string | bigint | number): string {
  const text = typeof fen === 'bigint' ? fen.toString() : String(fen).trim();
  if (!FEN.test(text)) throw new RangeError(`not an amount in fen: ${String(fen)}`);
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '');
  return `${negative && digits !== '0' ? '-' : ''}${group(digits)} 分`;
}

/**
 * Yuan as a person types it ("1234.56", "1,234.5", " 80 ") or as the planning and plan views give
 * it ("730000.00") → exact fen ("123456"); null for anything that is not a non-negative amount of
 * at most two decimals. The digits are moved, never multiplied.
 */
export function fenFromYuan(text: string): string | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const whole = match[1]!.replaceAll(',', '');
  return `${whole}${(match[2] ?? '').padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
}

/**
 * Fen as the yuan number the API's money fields take. The decimal text of at most two places is
 * parsed once; the API rounds it back to exactly the same fen (amounts are capped far below where
 * a double loses a hundredth).
 */
export function yuanNumber(fen: string): number {
  if (!FEN.test(fen) || fen.startsWith('-')) throw new RangeError(`not an amount in fen: ${fen}`);
  const digits = fen.padStart(3, '0');
  return Number(`${digits.slice(0, -2)}.${digits.slice(-2)}`);
}
