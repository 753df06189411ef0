import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { memberRole } from '../../organizations/index.js';
import * as repo from './meetings.repository.js';

// Who may do what at an event's meetings: registered participants take part, organisers arrange.

type Ctx = AppContext;

export type EventAccess = {
  event: repo.EventRow;
  /** The reader's registration, in any state; null when they never registered. */
  registration: repo.RegistrationRow | null;
  /** Members of the organising organisation, operators of the event's side, and platform admins. */
  organiser: boolean;
};

export async function isOrganiser(ctx: Ctx, actor: Actor, event: repo.EventRow): Promise<boolean> {
  if (isAdmin(actor)) return true;
  if (operatorJurisdictions(actor).includes(event.jurisdiction as 'RU' | 'CN')) return true;
  if (!event.organizerOrganizationId) return false;
  return (await memberRole(ctx, event.organizerOrganizationId, actor.userId)) !== null;
}

/** The event with meetings as the reader may see it: a draft or cancelled one only to its organisers. */
export async function eventAccess(ctx: Ctx, actor: Actor, eventId: string): Promise<EventAccess> {
  const event = await repo.findEvent(ctx.db, eventId);
  if (!event?.meetings) throw new AppError('meetings_event_not_found');
  const organiser = await isOrganiser(ctx, actor, event);
  if (event.state !== 'published' && !organiser) throw new AppError('meetings_event_not_found');
  const registration = (await repo.registrationOf(ctx.db, eventId, actor.userId)) ?? null;
  return { event, registration, organiser };
}

/** A registered participant of the event (not waitlisted, not cancelled). */
export async function participantAccess(ctx: Ctx, actor: Actor, eventId: string) {
  const access = await eventAccess(ctx, actor, eventId);
  if (access.registration?.state !== 'registered') throw new AppError('meetings_registration_required');
  return { ...access, registration: access.registration };
}

export async function organiserAccess(ctx: Ctx, actor: Actor, eventId: string): Promise<EventAccess> {
  const access = await eventAccess(ctx, actor, eventId);
  if (!access.organiser) throw new AppError('meetings_organiser_required');
  return access;
}
