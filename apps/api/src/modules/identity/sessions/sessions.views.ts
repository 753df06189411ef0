import type { SessionInfo } from '@innobridge/contracts';
import type { SessionRow } from './sessions.repository.js';

/** The user's sessions as the account page lists them, marking the one making the request. */
export const sessionViews = (rows: SessionRow[], currentSessionId: string | null): SessionInfo[] =>
  rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === currentSessionId,
  }));
