// The browser session. The access token lives only in this module's memory; the refresh token is
// an HttpOnly cookie that scripts never see (set by login and refreshSession, path /graphql). A
// timer refreshes the access token a minute before it expires; a reload starts with a refresh.
import { print } from 'graphql';
import { LogoutDocument, RefreshSessionDocument } from '../graphql/generated/graphql';

export interface SessionTokens {
  accessToken: string;
  expiresAt: string;
}

type Listener = (signedIn: boolean) => void;

const REFRESH_AHEAD_MS = 60_000;

let current: SessionTokens | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener(current !== null);
}

function schedule(): void {
  clearTimeout(timer);
  if (!current) return;
  const wait = Math.max(new Date(current.expiresAt).getTime() - Date.now() - REFRESH_AHEAD_MS, 5_000);
  timer = setTimeout(() => void refresh(), wait);
}

async function post(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Response> {
  return fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

export const session = {
  accessToken(): string | null {
    return current?.accessToken ?? null;
  },

  signedIn(): boolean {
    return current !== null;
  },

  /** After login: keep the access token in memory and refresh it before it ends. */
  start(tokens: SessionTokens): void {
    current = tokens;
    schedule();
    notify();
  },

  /** Forget the session here (the server already ended it, or never had one). */
  end(): void {
    clearTimeout(timer);
    const wasSignedIn = current !== null;
    current = null;
    if (wasSignedIn) notify();
  },

  refresh,

  /** Ends this session, or with `everywhere` every session of the person, on the server too. */
  async logout(everywhere = false): Promise<void> {
    const token = current?.accessToken;
    if (token) {
      await post(print(LogoutDocument), { everywhere }, token).catch(() => undefined);
    }
    session.end();
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** A new access token from the refresh cookie; false when there is no session to continue. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await post(print(RefreshSessionDocument));
      const body = (await response.json()) as { data?: { refreshSession: SessionTokens } | null };
      if (body.data?.refreshSession) {
        session.start(body.data.refreshSession);
        return true;
      }
      session.end();
      return false;
    } catch {
      return current !== null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}
