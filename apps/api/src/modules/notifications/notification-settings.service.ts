import {
  ADMIN_EMAIL_CATEGORIES,
  EMAIL_CATEGORIES,
  type EmailCategory,
  isEssentialEmailCategory,
  type NotificationSettings,
  type Out,
} from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { type Actor, isAdmin } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './email-preferences.repository.js';

type Ctx = Pick<AppContext, 'db' | 'clock' | 'email'>;
type Settings = Out<typeof NotificationSettings>;

/** The categories a person receives mail of: the platform admins' one only for them. */
function categoriesFor(actor: Actor): EmailCategory[] {
  return EMAIL_CATEGORIES.filter((c) => !ADMIN_EMAIL_CATEGORIES.includes(c) || isAdmin(actor));
}

/** Every category of e-mail the person receives, on unless turned off; essential ones always on. */
export async function readSettings(ctx: Ctx, actor: Actor): Promise<Settings> {
  const choices = await repo.preferencesOf(ctx.db, actor.userId);
  return {
    items: categoriesFor(actor).map((category) => {
      const essential = isEssentialEmailCategory(category);
      return { category, essential, email: essential || choices.get(category) !== false };
    }),
  };
}

/** Turns categories on or off; an essential category cannot be turned off (nothing is written then). */
export async function updateSettings(
  ctx: Ctx,
  actor: Actor,
  items: { category: EmailCategory; email: boolean }[],
): Promise<Settings> {
  if (items.some((i) => isEssentialEmailCategory(i.category) && !i.email)) {
    throw new AppError('notification_category_essential');
  }
  const choices = items.filter((i) => !isEssentialEmailCategory(i.category));
  await ctx.db.transaction(async (tx) => {
    const before = await repo.preferencesOf(tx, actor.userId);
    const changed = choices.filter((c) => (before.get(c.category) !== false) !== c.email);
    if (changed.length === 0) return;
    await repo.upsertPreferences(tx, actor.userId, changed, ctx.clock.now());
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'notifications.email_settings_changed',
      subjectType: 'user',
      subjectId: actor.userId,
      summary: { email: Object.fromEntries(changed.map((c) => [c.category, c.email])) },
    });
  });
  return readSettings(ctx, actor);
}

/** The account and category of an unsubscribe token; a token the platform did not sign is refused. */
function readToken(ctx: Ctx, token: string) {
  const named = ctx.email.readUnsubscribeToken(token);
  if (!named) throw new AppError('unsubscribe_token_invalid');
  if (isEssentialEmailCategory(named.category)) throw new AppError('notification_category_essential');
  return named;
}

/** What a link would turn off, for the page that asks to confirm; nothing changes. */
export function previewUnsubscribe(ctx: Ctx, token: string): { category: EmailCategory } {
  return { category: readToken(ctx, token).category };
}

/**
 * Turns a category of e-mail off from a link, without signing in: the signed token is the proof. The
 * holder of the link acts for the account, and the audit log says it was done by link. Following the
 * link again changes nothing and is no error.
 */
export async function unsubscribe(
  ctx: Ctx,
  token: string,
  via: 'one_click' | 'page',
): Promise<{ category: EmailCategory; email: false }> {
  const { userId, category } = readToken(ctx, token);
  await ctx.db.transaction(async (tx) => {
    if ((await repo.preferencesOf(tx, userId)).get(category) === false) return;
    await repo.upsertPreferences(tx, userId, [{ category, email: false }], ctx.clock.now());
    await recordAudit(tx, ctx.clock, {
      actorUserId: userId,
      via: null,
      action: 'notifications.email_unsubscribed',
      subjectType: 'user',
      subjectId: userId,
      summary: { category, by: via === 'one_click' ? 'one_click_post' : 'link_page' },
    });
  });
  return { category, email: false };
}
