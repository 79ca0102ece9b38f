import type { FieldError } from '../errors.js';

/** A username: what an admin types and a login matches exactly. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,50}$/;

/** Long enough that a throttled guesser (README, Signing in) gets nowhere in a lifetime; short enough to type from a note. */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * Passwords of twelve characters or more that still head every leaked list, the ones Chinese users
 * favour (keyboard rows, 5201314 / 1314, pinyin love words, a123...) among them. Compared ignoring case.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '123123123123',
  '111111111111',
  '000000000000',
  '888888888888',
  '666666666666',
  '147258369147',
  '123456654321',
  '987654321098',
  '112233445566',
  'a123456789',
  'a1234567890',
  'a12345678901',
  'aa1234567890',
  'abc123456789',
  'abcd12345678',
  'qwertyuiop12',
  'qwertyuiop123',
  '1qaz2wsx3edc',
  '1q2w3e4r5t6y',
  'qwer1234qwer',
  'asdfghjkl123',
  'zxcvbnm12345',
  'woaini1314520',
  'woaini5201314',
  'woaini1314',
  '5201314woaini',
  '520131452013',
  'iloveyou1314',
  'iloveyou5201314',
  'password1234',
  'password123456',
  'passw0rd1234',
  'p@ssw0rd1234',
  'admin1234567',
  'admin123456789',
  'administrator',
  'qwerty123456',
  'zhang123456789',
  'wang1234567890',
  'li123456789012',
  'changeme1234',
  'welcome12345',
]);

/**
 * What is wrong with a password for this username, each rule with its code and a message for the
 * person typing it; empty when it may be set. The length counts characters as a person sees them
 * (a Chinese character or an emoji is one).
 */
export function passwordFaults(password: string, username: string, field = 'password'): FieldError[] {
  const faults: FieldError[] = [];
  const fault = (code: string, message: string) => faults.push({ field, code, message });
  if ([...password].length < PASSWORD_MIN_LENGTH) fault('TOO_SHORT', `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`);
  if (password.trim() === '') fault('BLANK', '密码不能全部是空格或空白字符');
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) fault('CONTAINS_USERNAME', '密码不能包含用户名');
  if (COMMON_PASSWORDS.has(password.trim().toLowerCase())) fault('COMMON', '密码过于常见，容易被猜中，请换一个');
  return faults;
}
