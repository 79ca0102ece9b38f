import { printable, textFault } from './text.js';

describe('textFault', () => {
  it.each([
    ['plain', 'GHY-2026-0153', null],
    ['Chinese', '桂花苑 3 栋', null],
    ['a surrogate pair (emoji)', 'ok 😀', null],
    ['empty', '', null],
    ['NUL', 'NO.\u0000-7', 'NUL'],
    ['a lone high surrogate', 'NO.\ud800-7', 'LONE_SURROGATE'],
    ['a lone high surrogate at the end', 'NO.\ud800', 'LONE_SURROGATE'],
    ['a lone low surrogate', '\udc00x', 'LONE_SURROGATE'],
    ['two high surrogates', '\ud800\ud800\udc00', 'LONE_SURROGATE'],
    ['a reversed pair', '\udc00\ud800', 'LONE_SURROGATE'],
  ])('%s', (_, text, fault) => {
    expect(textFault(text)).toBe(fault);
  });
});

describe('printable', () => {
  it('escapes NUL and lone surrogates and keeps pairs', () => {
    expect(printable('a\u0000b\ud800c😀')).toBe('a\\u0000b\\ud800c😀');
    expect(textFault(printable('\udc00\ud800'))).toBeNull();
  });
});
