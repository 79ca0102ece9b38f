import type { Role } from '@domain/roles';

/** The signed-in user's token: in memory, and in sessionStorage so that a reload keeps it (a new tab does not). */
export interface Session {
  token: string;
  role: Role;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const KEY = 'renovation.session';
type Listener = (session: Session | null, reason?: string) => void;
const listeners = new Set<Listener>();

function stored(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Session) : null;
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

let current: Session | null = typeof sessionStorage === 'undefined' ? null : stored();

export function currentSession(): Session | null {
  if (current && current.expiresAt <= Date.now()) endSession('登录已过期，请重新登录。');
  return current;
}

export function startSession(token: string, role: Role, expiresInSeconds: number): Session {
  current = { token, role, expiresAt: Date.now() + expiresInSeconds * 1000 };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode: memory alone still works until the page is closed.
  }
  for (const l of listeners) l(current);
  return current;
}

/** Ends the session; `reason` is shown on the login page. */
export function endSession(reason?: string): void {
  const had = current !== null;
  current = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
  if (had) for (const l of listeners) l(null, reason);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
