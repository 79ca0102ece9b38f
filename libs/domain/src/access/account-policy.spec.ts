import { PASSWORD_MIN_LENGTH, passwordFaults } from './account-policy.js';

const codes = (password: string, username = 'wang.pm') => passwordFaults(password, username).map((f) => f.code);

describe('passwordFaults', () => {
  it.each([
    ['exactly the minimum length', 'k7#mQ2vLp9xZ', []],
    ['one short of the minimum', 'k7#mQ2vLp9x', ['TOO_SHORT']],
    ['twelve Chinese characters (counted as characters, not bytes)', '春眠不觉晓处处闻啼鸟夜来', []],
    ['eleven Chinese characters', '春眠不觉晓处处闻啼鸟夜', ['TOO_SHORT']],
    ['twelve spaces', ' '.repeat(12), ['BLANK']],
    ['tabs and newlines only', '\t\n\t\n\t\n\t\n\t\n\t\n', ['BLANK']],
    ['empty', '', ['TOO_SHORT', 'BLANK']],
    ['spaces inside a passphrase', 'correct horse battery staple', []],
  ])('%s', (_, password, expected) => {
    expect(codes(password)).toEqual(expected);
  });

  it('refuses the username, alone or inside, in any case', () => {
    expect(codes('wang.pm', 'wang.pm')).toEqual(['TOO_SHORT', 'CONTAINS_USERNAME']);
    expect(codes('WANG.PM-2026-spring', 'wang.pm')).toEqual(['CONTAINS_USERNAME']);
    expect(codes('my-wang.pm.password', 'Wang.PM')).toEqual(['CONTAINS_USERNAME']);
    expect(codes('wang.p-m-2026-spring', 'wang.pm')).toEqual([]);
  });

  it.each(['123456789012', 'a123456789', 'woaini1314', 'qwertyuiop12', 'QwertyUiop12', 'Password1234', '  1qaz2wsx3edc  '])(
    'refuses the common password %j',
    (password) => {
      expect(codes(password)).toContain('COMMON');
    },
  );

  it('names the field and says the rule in Chinese', () => {
    expect(passwordFaults('short', 'x', 'newPassword')).toEqual([
      { field: 'newPassword', code: 'TOO_SHORT', message: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符` },
    ]);
  });
});
