import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locale } from '@innobridge/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ManualClock } from '../src/lib/clock.js';
import type { CounterStore } from '../src/lib/rate-limiter.js';
import { provisionUser, totpCodeAt } from '../src/modules/identity/index.js';
import { createMailer, type Mailer } from '../src/modules/notifications/index.js';
import { openTestDatabase } from './databases.js';
import { startMailCatcher, tokenFromLink } from './mail-catcher.js';

export const PUBLIC_URL = 'http://innobridge.test';
export const PASSWORD = 'long enough secret 42';

export type Session = { cookie?: string; token?: string; userId: string; email: string };

/**
 * The whole app on a fresh database of its own, a real SMTP server catching its mail, and a clock
 * the test moves. Requests go through app.inject, as a browser on the platform's origin would send them.
 */
export async function createTestApp(
  options: {
    counters?: CounterStore;
    wrapMailer?: (mailer: Mailer) => Mailer;
    /** More configuration, as environment variables (e.g. the S3 storage). */
    env?: Record<string, string>;
    /** Receives the log's lines (with LOG_LEVEL set in env; the log is silent by default). */
    logStream?: { write(line: string): void };
    /** Mail written to .eml files under the data directory, as without SMTP, instead of the catcher. */
    fileMail?: boolean;
  } = {},
) {
  const database = await openTestDatabase({
    pgliteSnapshot: inject('pgliteSnapshot'),
    postgresUrl: inject('postgresUrl'),
    postgresTemplate: inject('postgresTemplate'),
  });
  const mail = await startMailCatcher();
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'innobridge-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL,
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    WEB_DIST: '/nonexistent',
    // Mail goes to the catcher, as through SMTP, unless written to files: the mailbox is on only then.
    ...(options.fileMail ? {} : { DEV_MAILBOX: 'false' }),
    ...options.env,
  });
  const mailer = options.fileMail
    ? createMailer({ from: config.mailFrom, mailDir: config.mailDir })
    : createMailer({ smtpUrl: mail.url, from: config.mailFrom, mailDir: '/nonexistent' });
  const { app, ctx } = await buildApp({
    config,
    database,
    clock,
    mailer: options.wrapMailer ? options.wrapMailer(mailer) : mailer,
    counters: options.counters,
    logStream: options.logStream,
  });

  type Call = Omit<InjectOptions, 'method' | 'url' | 'body'> & { as?: Session | null; body?: unknown; locale?: string };
  async function call(
    method: InjectOptions['method'],
    url: string,
    options: Call = {},
  ): Promise<LightMyRequestResponse> {
    const { as, locale, headers, body, ...rest } = options;
    const h: Record<string, string> = { origin: PUBLIC_URL, ...(headers as Record<string, string>) };
    if (locale) h['accept-language'] = locale;
    if (as?.cookie) h.cookie = `ib_session=${as.cookie}`;
    if (as?.token) h.authorization = `Bearer ${as.token}`;
    return app.inject({ method, url, headers: h, ...(body !== undefined ? { payload: body as object } : {}), ...rest });
  }

  /** Runs the queued jobs (e-mail) now. */
  const runJobs = async () => {
    const result = await ctx.jobs.runPending();
    if (result.failed > 0) throw new Error(`${result.failed} job(s) failed`);
    return result;
  };

  /**
   * Signs up through the API, follows the link from the e-mail, and signs in: for the tests of sign-up
   * and its e-mail. Other tests make their accounts with `signUp` below or `factories(t).user()`.
   */
  async function signUpByEmail(
    email: string,
    options: { displayName?: string; locale?: string } = {},
  ): Promise<Session> {
    const signup = await call('POST', '/api/v1/auth/signup', {
      body: {
        email,
        password: PASSWORD,
        displayName: options.displayName ?? email.split('@')[0],
        locale: options.locale,
      },
    });
    if (signup.statusCode !== 202) throw new Error(`signup failed: ${signup.body}`);
    await runJobs();
    const token = tokenFromLink(mail.to(email).at(-1), '/confirm-email');
    const confirm = await call('POST', '/api/v1/auth/confirm-email', { body: { token } });
    if (confirm.statusCode !== 200) throw new Error(`confirm failed: ${confirm.body}`);
    return signIn(email);
  }

  /**
   * A confirmed account, made through the identity module's entry point as an installation's
   * provisioning does (no e-mail to wait for), then signed in through the API.
   */
  async function signUp(email: string, options: { displayName?: string; locale?: Locale } = {}): Promise<Session> {
    await provisionUser(ctx, {
      email,
      password: PASSWORD,
      displayName: options.displayName ?? (email.split('@')[0] as string),
      locale: options.locale ?? 'en',
      roles: [],
    });
    return signIn(email);
  }

  /** Recovery codes of the accounts whose two-factor sign-in a factory turned on, for signing them in again. */
  const recoveryCodesByEmail = new Map<string, string[]>();

  async function signIn(email: string, password = PASSWORD): Promise<Session> {
    let login = await call('POST', '/api/v1/auth/login', { body: { email, password } });
    if (login.statusCode === 200 && login.json().twoFactorRequired) {
      const code = recoveryCodesByEmail.get(email)?.shift();
      if (!code) throw new Error(`no recovery code left to sign ${email} in`);
      const challengeToken = login.json().challengeToken;
      login = await call('POST', '/api/v1/auth/login/two-factor', { body: { challengeToken, code } });
    }
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
    const cookie = login.cookies.find((c) => c.name === 'ib_session')?.value;
    return { cookie, userId: login.json().id, email };
  }

  const twoFactorSecrets = new Map<string, string>();

  /** Turns two-factor sign-in on through the API, as a user with an authenticator app would. */
  async function enableTwoFactor(session: Session): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await call('POST', '/api/v1/me/two-factor/setup', { as: session, body: { password: PASSWORD } });
    if (setup.statusCode !== 200) throw new Error(`two-factor setup failed: ${setup.body}`);
    const secret: string = setup.json().secret;
    const code = totpCodeAt(secret, clock.now());
    const enable = await call('POST', '/api/v1/me/two-factor/enable', { as: session, body: { code } });
    if (enable.statusCode !== 200) throw new Error(`two-factor enable failed: ${enable.body}`);
    const recoveryCodes: string[] = enable.json().recoveryCodes;
    recoveryCodesByEmail.set(session.email, [...recoveryCodes]);
    twoFactorSecrets.set(session.email, secret);
    return { secret, recoveryCodes };
  }

  /** A platform admin, provisioned the way an installation's first admin is, and signed in. */
  async function createAdmin(email = 'admin@innobridge.test'): Promise<Session> {
    await provisionUser(ctx, {
      email,
      password: PASSWORD,
      displayName: 'Admin',
      locale: 'en',
      roles: [{ role: 'admin' }],
    });
    // An admin's role applies once two-factor sign-in is on.
    const session = await signIn(email);
    await enableTwoFactor(session);
    return session;
  }

  /** A signed-up user to whom an admin grants a platform role through the API. */
  async function userWithRole(
    admin: Session,
    email: string,
    role: 'operator' | 'board_member' | 'admin',
    jurisdiction?: 'RU' | 'CN',
  ) {
    const session = await signUp(email);
    const grant = (code?: string) =>
      call('POST', `/api/v1/admin/users/${session.userId}/roles`, { as: admin, body: { role, jurisdiction, code } });
    let res = await grant();
    // Past the admin's fresh second factor, the grant brings a code from the admin's app.
    const secret = twoFactorSecrets.get(admin.email);
    if (res.statusCode === 403 && res.json().code === 'second_factor_required' && secret) {
      res = await grant(totpCodeAt(secret, clock.now()));
    }
    if (res.statusCode !== 201) throw new Error(`grant failed: ${res.body}`);
    if (role === 'admin') await enableTwoFactor(session);
    return session;
  }

  return {
    app,
    ctx,
    clock,
    mail,
    database,
    dataDir,
    call,
    runJobs,
    signUp,
    signUpByEmail,
    signIn,
    enableTwoFactor,
    /** The authenticator secret of an account whose two-factor sign-in a factory turned on. */
    twoFactorSecretOf: (email: string) => twoFactorSecrets.get(email),
    /** Keeps the second factor of an account the factories made, so that `signIn` and `userWithRole` can use it. */
    rememberTwoFactor(email: string, twoFactor: { secret: string; recoveryCodes: string[] }) {
      twoFactorSecrets.set(email, twoFactor.secret);
      recoveryCodesByEmail.set(email, twoFactor.recoveryCodes);
    },
    createAdmin,
    userWithRole,
    async close() {
      await app.close();
      await mail.close();
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
export { tokenFromLink };
