/** Tokens of the signed-in user, kept in localStorage so a reload (or another tab) stays signed in. */
export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds at which the access token expires. */
  accessExpiresAt: number;
}

const STORAGE_KEY = 'cdt.session';

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.accessToken === 'string' &&
    typeof candidate.refreshToken === 'string' &&
    typeof candidate.accessExpiresAt === 'number'
  );
}

function read(): StoredSession | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isStoredSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

let current = read();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

// Another tab rotated or cleared the tokens: adopt its state so both tabs keep one session family.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  current = read();
  notify();
});

export const sessionStore = {
  get: (): StoredSession | null => {
    return current;
  },
  set: (session: StoredSession): void => {
    current = session;
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    notify();
  },
  clear: (): void => {
    if (current === null) return;
    current = null;
    localStorage.removeItem(STORAGE_KEY);
    notify();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

export function sessionFromTokens(tokens: {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}): StoredSession {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    accessExpiresAt: Date.now() + tokens.expiresIn * 1000,
  };
}
