import { IsNumber } from 'class-validator';

/** Money arrives in yuan with at most two decimals; the services count in exact fen. */
export const yuan = () => IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false });

export const fen = (yuan: number): bigint => BigInt(Math.round(yuan * 100));
