export { createMailer, type Mailer } from './mailer.js';
export { createEmailSender, renderEmail, type EmailMessage, type EmailSender, EMAIL_JOB } from './email.service.js';
