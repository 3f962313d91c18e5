import { useCallback, useEffect, useState } from 'react';
import type { StaffRole } from '../../src/store/types';

export interface SessionInfo {
  readonly username: string;
  readonly role: StaffRole;
  readonly csrfToken: string;
}

/** Whether the dashboard may show data, and as whom. */
export type SessionState =
  | { readonly kind: 'checking' }
  /** No login needed (a development central without staff accounts). */
  | { readonly kind: 'open' }
  | { readonly kind: 'loggedOut' }
  | { readonly kind: 'loggedIn'; readonly session: SessionInfo };

/** Why a login did not go through; each has a dashboard string. */
export type LoginError = 'refused' | 'rateLimited' | 'failed';

export interface StaffSession {
  readonly state: SessionState;
  logIn(username: string, password: string): Promise<LoginError | undefined>;
  logOut(): Promise<void>;
}

/** Follows `/api/session`: checks it on load, logs in and out. */
export function useSession(): StaffSession {
  const [state, setState] = useState<SessionState>({ kind: 'checking' });

  useEffect(() => {
    let cancelled = false;
    fetch('/api/session')
      .then(async (response) => {
        const body = (await response.json()) as
          SessionInfo | { openReads?: boolean };
        if (cancelled) return;
        if (response.ok) {
          setState({ kind: 'loggedIn', session: body as SessionInfo });
        } else {
          const open = 'openReads' in body && body.openReads === true;
          setState({ kind: open ? 'open' : 'loggedOut' });
        }
      })
      .catch(() => {
        if (!cancelled) setState({ kind: 'loggedOut' });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const logIn = useCallback(async (username: string, password: string) => {
    try {
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status === 429) return 'rateLimited';
      if (!response.ok) return 'refused';
      const session = (await response.json()) as SessionInfo;
      setState({ kind: 'loggedIn', session });
      return undefined;
    } catch {
      return 'failed';
    }
  }, []);

  const logOut = useCallback(async () => {
    if (state.kind !== 'loggedIn') return;
    await fetch('/api/session', {
      method: 'DELETE',
      headers: { 'x-csrf-token': state.session.csrfToken },
    }).catch(() => undefined);
    setState({ kind: 'loggedOut' });
  }, [state]);

  return { state, logIn, logOut };
}
