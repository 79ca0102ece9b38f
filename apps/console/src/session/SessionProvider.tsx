import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, read, type ResponseOf } from '../api/client';
import type { Profile } from './profile';
import { currentSession, endSession, onSessionChange, startSession, type Session } from './session';

interface TokenFallback {
  accessToken: string;
  expiresIn: number;
  role: string;
}
type Token = ResponseOf<'/auth/login', 'post', TokenFallback>;

interface SessionState {
  session: Session | null;
  /** Why the last session ended (expired, signed out), for the login page. */
  endedBecause: string | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState(currentSession);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);

  useEffect(
    () =>
      onSessionChange((next, reason) => {
        setSession(next);
        if (!next) {
          // Nothing of one user's data stays in the cache for the next one.
          queryClient.clear();
          setEndedBecause(reason ?? null);
        } else setEndedBecause(null);
      }),
    [queryClient],
  );

  const value = useMemo<SessionState>(
    () => ({
      session,
      endedBecause,
      async login(username, password) {
        const token = await read<Token>(api.POST('/auth/login', { body: { username, password } }));
        startSession(token.accessToken, token.role as Session['role'], token.expiresIn);
      },
      logout: () => endSession('您已退出登录。'),
    }),
    [session, endedBecause],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user's profile; shared by the header, the menu and the pages. */
export function useProfile() {
  const { session } = useSession();
  return useQuery({
    queryKey: ['me', session?.token],
    queryFn: () => read<Profile>(api.GET('/me')),
    enabled: session !== null,
    staleTime: 5 * 60_000,
  });
}
