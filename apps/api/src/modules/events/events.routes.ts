import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { loadAuditKey } from '../audit/index.js';
import { registerEventItemRoutes } from './events/events.routes.js';
import { registerMeetingsRoutes } from './meetings/meetings.routes.js';
import { registerOrganizerRoutes } from './organizers/organizers.routes.js';
import { badgeSigningKey } from './registrations/badges.js';
import { registerRegistrationRoutes } from './registrations/registrations.routes.js';

/** The events module's routes, in the order the API document lists them. */
export function registerEventRoutes(app: FastifyInstance, ctx: AppContext) {
  // Badges are signed with a key derived from the audit key, which never is in the database.
  const badgeKey = badgeSigningKey(loadAuditKey(ctx.config));
  registerEventItemRoutes(app, ctx);
  registerRegistrationRoutes(app, ctx, badgeKey);
  registerOrganizerRoutes(app, ctx);
  registerMeetingsRoutes(app, ctx);
}
