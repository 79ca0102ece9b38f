import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { invalid, passwordFaults } from '@app/domain';
import type { EntityManager } from 'typeorm';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/** scrypt$N$r$p$salt$key, so the cost can be raised later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** The hash of a password the policy accepts for this username; a 422 naming each broken rule otherwise. */
export async function hashAcceptedPassword(password: string, username: string, field = 'password'): Promise<string> {
  const faults = passwordFaults(password, username, field);
  if (faults.length) throw invalid(faults);
  return hashPassword(password);
}

/** Sets a new password hash and retires every token issued under the old one. */
export async function replacePassword(m: EntityManager, userId: string, passwordHash: string): Promise<void> {
  await m.query('UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE id = $1', [userId, passwordHash]);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(expected, actual);
}

/** A password a person can type from a printout: 16 characters, no look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(16), (b) => alphabet[b % alphabet.length]).join('');
}
