import type { ErrorTable } from '../common/error-table.js';

/** Notification settings and unsubscribe links. */
export const notificationsErrors = {
  /** The unsubscribe link's token is not one the platform signed (altered, cut short or made up). */
  unsubscribe_token_invalid: 400,
  /** A one-click unsubscribe (RFC 8058) must say so in its body: `List-Unsubscribe=One-Click`. */
  unsubscribe_one_click_required: 400,
  /** E-mail of an essential category (account and security, membership decisions) cannot be turned off. */
  notification_category_essential: 422,
} as const satisfies ErrorTable;
