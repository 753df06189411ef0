import { z } from 'zod';

/**
 * The kinds of e-mail the platform sends, as a person thinks of them. Every e-mail template belongs to
 * one (the API's `email-categories.ts`); a person turns the e-mail of a category on or off, except the
 * essential ones, which are always sent.
 */
export const EMAIL_CATEGORIES = [
  'account_security',
  'membership_status',
  'membership_applications',
  'opportunities',
  'interests',
  'conversations',
  'saved_searches',
  'events',
  'meetings',
  'board',
  'platform_audit',
] as const;
export const EmailCategory = z.enum(EMAIL_CATEGORIES).meta({ id: 'EmailCategory' });
export type EmailCategory = z.infer<typeof EmailCategory>;

/**
 * Always sent, whatever the settings say: what keeps an account safe and reachable, decisions about an
 * organisation's membership, the audit chain's anchor that platform admins keep outside the database,
 * and the supervisory board's formal notices to its members.
 */
export const ESSENTIAL_EMAIL_CATEGORIES: readonly EmailCategory[] = [
  'account_security',
  'membership_status',
  'platform_audit',
  'board',
];

/** Received by platform admins only; shown to nobody else. */
export const ADMIN_EMAIL_CATEGORIES: readonly EmailCategory[] = ['platform_audit'];

export const isEssentialEmailCategory = (category: EmailCategory) => ESSENTIAL_EMAIL_CATEGORIES.includes(category);

/** One category of e-mail and whether the person receives it. */
export const NotificationSetting = z
  .object({
    category: EmailCategory,
    /** E-mail of this category is sent; in-app notifications appear either way. */
    email: z.boolean(),
    /** Always sent; `email` is then always true and cannot be changed. */
    essential: z.boolean(),
  })
  .meta({ id: 'NotificationSetting' });

/** Every category of e-mail the person may receive, in the order the settings page shows them. */
export const NotificationSettings = z
  .object({ items: z.array(NotificationSetting) })
  .meta({ id: 'NotificationSettings' });

/** The categories to change; those left out stay as they are. */
export const NotificationSettingsUpdate = z
  .object({
    items: z
      .array(z.object({ category: EmailCategory, email: z.boolean() }))
      .min(1)
      .max(EMAIL_CATEGORIES.length)
      .refine((items) => new Set(items.map((i) => i.category)).size === items.length, {
        message: 'each category at most once',
      }),
  })
  .meta({ id: 'NotificationSettingsUpdate' });

const token = z.string().min(1).max(512);
/** The signed token of an unsubscribe link, as the e-mail carries it. */
export const UnsubscribeBody = z.object({ token }).meta({ id: 'UnsubscribeBody' });
/** The same token in the query of the link's address. */
export const UnsubscribeQuery = z.object({ token });

/** What an unsubscribe link turned off (already off is no error: the link may be followed twice). */
export const UnsubscribeResult = z
  .object({ category: EmailCategory, email: z.literal(false) })
  .meta({ id: 'UnsubscribeResult' });

/** What the confirmation page shows before anything changes: the category a link would turn off. */
export const UnsubscribePreview = z.object({ category: EmailCategory }).meta({ id: 'UnsubscribePreview' });
