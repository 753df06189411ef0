import type { AppContext } from '../../app-context.js';
import * as repo from './identity.repository.js';

/** The platform's admins, for what only they are told (the audit log's daily anchor). */
export const platformAdmins = (ctx: Pick<AppContext, 'db'>) => repo.usersWithActiveRole(ctx.db, 'admin', null);
