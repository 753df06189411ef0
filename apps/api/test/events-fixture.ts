import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app.js';

/**
 * Events and registrations for the tests of B2B meetings, inserted as rows: the events module's own
 * routes (creating events, registering) are tested on their own.
 */

export type EventOptions = {
  mode?: 'pick' | 'organiser';
  timeZone?: string;
  state?: 'draft' | 'published' | 'cancelled';
  meetings?: boolean;
  jurisdiction?: 'RU' | 'CN';
  organizerOrganizationId?: string | null;
  title?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
};

export async function insertEvent(t: TestApp, createdBy: string, options: EventOptions = {}): Promise<string> {
  const id = randomUUID();
  const now = t.clock.now();
  await t.database.query(
    `insert into events (id, kind, state, title, format, time_zone, starts_at, ends_at, organizer_organization_id,
       jurisdiction, meetings, meeting_mode, created_by, created_at, updated_at, published_at)
     values ($1, 'forum', $2, $3, 'in_person', $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $12)`,
    [
      id,
      options.state ?? 'published',
      JSON.stringify(options.title ?? { en: 'Innovation forum', ru: 'Инновационный форум', zh: '创新论坛' }),
      options.timeZone ?? 'Asia/Shanghai',
      options.startsAt ?? '2026-09-10T00:00:00Z',
      options.endsAt ?? '2026-09-11T12:00:00Z',
      options.organizerOrganizationId ?? null,
      options.jurisdiction ?? 'CN',
      options.meetings ?? true,
      options.mode ?? 'pick',
      createdBy,
      now,
    ],
  );
  return id;
}

export async function insertRegistration(
  t: TestApp,
  eventId: string,
  userId: string,
  options: { organizationId?: string | null; state?: 'registered' | 'waitlisted' | 'cancelled' } = {},
): Promise<string> {
  const id = randomUUID();
  const now = t.clock.now();
  await t.database.query(
    `insert into event_registrations (id, event_id, user_id, organization_id, state, badge_key, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [id, eventId, userId, options.organizationId ?? null, options.state ?? 'registered', randomUUID(), now],
  );
  return id;
}
