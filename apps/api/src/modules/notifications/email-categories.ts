import { type EmailCategory, isEssentialEmailCategory } from '@innobridge/contracts';
import type { EmailTemplate } from './email.service.js';

/**
 * Every e-mail template in the category a person turns on or off. A new template must be placed here
 * (the compiler asks for it): it then obeys the recipients' settings and, unless essential, carries an
 * unsubscribe link.
 */
export const EMAIL_CATEGORY_OF: Record<EmailTemplate, EmailCategory> = {
  confirm_email: 'account_security',
  account_exists: 'account_security',
  reset_password: 'account_security',
  password_changed: 'account_security',
  two_factor_enabled: 'account_security',
  two_factor_disabled: 'account_security',
  two_factor_reset: 'account_security',
  recovery_codes_replaced: 'account_security',
  // Sent to an address someone gave, often of no account yet: it cannot depend on settings.
  invitation: 'account_security',
  application_submitted: 'membership_applications',
  application_taken: 'membership_applications',
  application_info_requested: 'membership_applications',
  application_answered: 'membership_applications',
  application_approved: 'membership_applications',
  application_rejected: 'membership_applications',
  application_withdrawn: 'membership_applications',
  status_suspended: 'membership_status',
  status_excluded: 'membership_status',
  status_reinstated: 'membership_status',
  status_dropped_facts_changed: 'membership_status',
  opportunity_published: 'opportunities',
  opportunity_returned: 'opportunities',
  opportunity_expiring: 'opportunities',
  opportunity_expired: 'opportunities',
  interest_received: 'interests',
  interest_accepted: 'interests',
  interest_declined: 'interests',
  conversation_messages: 'conversations',
  saved_search_alert: 'saved_searches',
  saved_search_digest: 'saved_searches',
  saved_search_webhook_disabled: 'saved_searches',
  event_registered: 'events',
  event_waitlisted: 'events',
  event_promoted: 'events',
  event_registration_cancelled: 'events',
  event_reminder: 'events',
  event_cancelled: 'events',
  meeting_requested: 'meetings',
  meeting_accepted: 'meetings',
  meeting_declined: 'meetings',
  meeting_cancelled: 'meetings',
  meeting_placed: 'meetings',
  audit_anchor: 'platform_audit',
  board_meeting_called: 'board',
};

/** Whether a person may turn off the e-mail of this template (and its mail carries an unsubscribe link). */
export const isOptional = (template: EmailTemplate) => !isEssentialEmailCategory(EMAIL_CATEGORY_OF[template]);
