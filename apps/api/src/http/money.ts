import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsNumber } from 'class-validator';

/** Money arrives in yuan with at most two decimals; the services count in exact fen. */
export const yuan = () => IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false });

export const fen = (yuan: number): bigint => BigInt(Math.round(yuan * 100));

type MoneyOptions = Omit<ApiPropertyOptions, 'type' | 'format' | 'pattern'>;

/** Money in fen, an exact integer sent as a decimal string (it may exceed what a JSON number holds exactly). */
export const ApiFen = (options: MoneyOptions = {}) =>
  ApiProperty({
    example: '73000000',
    ...options,
    description: ['fen (1/100 yuan), exact, as a string', options.description].filter(Boolean).join('; '),
    type: String,
    pattern: '^-?[0-9]+$',
  } as ApiPropertyOptions);

/** Money in yuan as exact decimal text with two places, as the planning and plan views give it. */
export const ApiYuan = (options: MoneyOptions = {}) =>
  ApiProperty({
    example: '730000.00',
    ...options,
    description: ['yuan, exact, two decimals, as a string', options.description].filter(Boolean).join('; '),
    type: String,
    pattern: '^-?[0-9]+\\.[0-9]{2}$',
  } as ApiPropertyOptions);
