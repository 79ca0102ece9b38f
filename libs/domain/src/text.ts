/**
 * Text the database can store exactly as it was hashed and checked: PostgreSQL refuses NUL in
 * text and stores a lone UTF-16 surrogate as U+FFFD, so a string with either would be one thing
 * in memory and another once stored.
 */
export type TextFault = 'NUL' | 'LONE_SURROGATE';

const FAULT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textFault(text: string): TextFault | null {
  const found = FAULT.exec(text);
  if (!found) return null;
  return found[0] === '\u0000' ? 'NUL' : 'LONE_SURROGATE';
}

export const TEXT_FAULT_MESSAGES: Record<TextFault, string> = {
  NUL: 'contains a NUL character (\\u0000)',
  LONE_SURROGATE: 'contains a lone UTF-16 surrogate (not a character)',
};

/** A field name or value shown in a message, with any lone surrogate or NUL written as an escape. */
export function printable(text: string): string {
  return text.replace(/\u0000|[\uD800-\uDFFF]/g, (ch, at: number) => {
    const pair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
    if (pair.test(text.slice(at, at + 2)) || pair.test(text.slice(at - 1, at + 1))) return ch;
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
