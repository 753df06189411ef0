import type { ErrorTable } from '../common/error-table.js';

/** The development mailbox (mail written to files, shown at /dev/mailbox). */
export const mailboxErrors = {
  mailbox_message_not_found: 404,
} as const satisfies ErrorTable;
