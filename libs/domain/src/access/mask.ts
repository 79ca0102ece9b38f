import type { Role } from '../roles.js';

/** Keeps the surname and hides the given name: 张三丰 -> 张**, Li Lei -> L*****. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** Keeps the first three and last four digits of a mobile number. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length <= 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/** Supervisors audit; they do not need to know who lives where. */
export function seesPersonalData(role: Role): boolean {
  return role !== 'SUPERVISOR';
}

/** An owner's name and phone as a user of this role is shown them, in every view and export alike. */
export function ownerContact(role: Role, name: string | null, phone: string | null): { name: string | null; phone: string | null } {
  const clear = seesPersonalData(role);
  return { name: name && (clear ? name : maskName(name)), phone: phone && (clear ? phone : maskPhone(phone)) };
}
