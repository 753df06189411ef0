export {
  createEmailSender,
  EMAIL_JOB,
  type EmailMessage,
  type EmailSender,
  type EmailTemplate,
  renderEmail,
} from './email.service.js';
export { createMailer, type Mailer } from './mailer.js';
export { registerNotificationRoutes } from './notifications.routes.js';
export { notify, type Recipient } from './notifications.service.js';
export { mailLinkKey } from './unsubscribe-token.js';
