import path from 'node:path';
import { ORGANIZATION_STATUSES, type OrganizationStatus } from '@innobridge/contracts';
import { z } from 'zod';
import { API_DIR } from './paths.js';

/**
 * The only reader of process.env. Every variable is documented in .env.example; a bad value stops
 * start with a message that names it.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Innobridge <no-reply@innobridge.local>'),
  DEV_MAILBOX: bool.optional(),
  DEMO_DATA: bool.optional(),
  WEBHOOKS_ALLOW_LOOPBACK: bool.default(false),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // false | true (one proxy) | a number of proxies | the proxies' addresses or CIDR ranges, comma-separated
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, issue): false | number | string => {
      const value = v.trim().toLowerCase();
      if (['false', '0', 'no'].includes(value)) return false;
      if (['true', 'yes'].includes(value)) return 1;
      if (/^\d+$/.test(value)) return Number(value);
      const entries = value.split(',').map((e) => e.trim());
      if (
        entries.every(
          (e) => /^[0-9a-f.:]+(\/\d{1,3})?$/.test(e) || ['loopback', 'linklocal', 'uniquelocal'].includes(e),
        )
      )
        return entries.join(',');
      issue.addIssue({ code: 'custom', message: 'must be false, true, a number of proxies, or proxy addresses' });
      return z.NEVER;
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  EXCHANGE_SUBMIT_STATUSES: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(ORGANIZATION_STATUSES)).min(1))
    .default(['participant', 'partner']),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  AUDIT_KEY: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  MAIL_LINK_KEY: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  AUDIT_ANCHOR_RETAIN_DAYS: z.coerce.number().int().min(1).max(36500).optional(),
  PUBLIC_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  TRANSLATION_PROVIDER: z.enum(['libretranslate', 'http']).optional(),
  TRANSLATION_URL: z.url().optional(),
  TRANSLATION_API_KEY: z.string().min(1).optional(),
  TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Whether PUBLIC_URL was given, or derived from the port. */
  publicUrlSet: boolean;
  /** Cookies get `Secure` when the platform is served over HTTPS. */
  secureCookies: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where mail goes as .eml files when no SMTP server is configured. */
  mailDir: string;
  /**
   * The development mailbox (/dev/mailbox): anyone who can reach this instance may read the mail it
   * wrote to files. On only without SMTP, by default outside production, in production only when
   * DEV_MAILBOX=true says so.
   */
  devMailbox: boolean;
  demoData: boolean;
  sessionTtlDays: number;
  /**
   * Which X-Forwarded-For hops to believe for the client's address (rate limits, sign-in limits):
   * false (none), a number of proxies in front, or the proxies' addresses. Never "every hop": the
   * leftmost entries are whatever the client wrote.
   */
  trustProxy: false | number | string;
  logLevel: string;
  /**
   * How long a visitor's answer from a public list (search, registry, taxonomy) is served again to
   * other visitors; 0: never. Any change made through this instance drops them all at once.
   */
  publicCacheMs: number;
  webDist: string;
  /** Cluster statuses whose organisations may submit opportunities for publication (others draft). */
  exchangeSubmitStatuses: OrganizationStatus[];
  /** S3-compatible object storage for uploaded files; unset: files live under the data directory. */
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | undefined;
  /**
   * The key that signs links in e-mails that work without signing in (unsubscribe); unset: derived
   * from the audit key, so that every instance signs alike and nothing is kept in the database.
   */
  mailLinkKey: string | undefined;
  audit: {
    /** The audit chain's HMAC key; unset on the embedded database: a key file in the data directory. */
    key: string | undefined;
    /** The append-only file the chain's anchors are written to. */
    anchorFile: string;
    /** With S3: anchors are stored under object lock (compliance mode) for this many days. */
    anchorRetainDays: number | undefined;
  };
  /**
   * The machine translation service the operator runs or contracts (ADR 0023); unset: translation is
   * off and the web app offers no action.
   */
  /**
   * Whether saved searches' webhooks may call this machine (127.0.0.1, ::1), over plain http too:
   * for tests and a local integration only; addresses of private networks are refused either way.
   */
  webhooksAllowLoopback: boolean;
  translation:
    | { provider: 'libretranslate' | 'http'; url: string; apiKey: string | undefined; timeoutMs: number }
    | undefined;
};

export class ConfigError extends Error {}

/** Reads the configuration; empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const s3Names = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
  const s3Missing = s3Names.filter((name) => !e[name]);
  if (s3Missing.length > 0 && s3Missing.length < s3Names.length) {
    throw new ConfigError(
      `Invalid configuration (see .env.example):\n${s3Missing.map((n) => `  ${n}: required when any S3_ variable is set`).join('\n')}`,
    );
  }
  if (e.DATABASE_URL && !e.AUDIT_KEY) {
    // Several instances share a PostgreSQL database: a key made up by one of them could not be checked
    // by the others, and a key kept beside the database is no key (ADR 0017).
    throw new ConfigError(
      "Invalid configuration (see .env.example):\n  AUDIT_KEY: required with DATABASE_URL (the audit log's signing key, the same on every instance, kept outside the database)",
    );
  }
  if (e.DEV_MAILBOX && e.SMTP_URL) {
    // The mailbox reads the files the mailer writes without SMTP; with SMTP it would show nothing.
    throw new ConfigError(
      'Invalid configuration (see .env.example):\n  DEV_MAILBOX: the mailbox shows mail written to files; it cannot be on with SMTP_URL',
    );
  }
  if (!!e.TRANSLATION_PROVIDER !== !!e.TRANSLATION_URL) {
    const missing = e.TRANSLATION_PROVIDER ? 'TRANSLATION_URL' : 'TRANSLATION_PROVIDER';
    throw new ConfigError(
      `Invalid configuration (see .env.example):\n  ${missing}: required when TRANSLATION_PROVIDER or TRANSLATION_URL is set`,
    );
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    publicUrlSet: !!e.PUBLIC_URL,
    secureCookies: publicUrl.startsWith('https://'),
    dataDir,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailDir: path.join(dataDir, 'mail'),
    // Anyone on the instance reads everyone's mail there: never in production unless explicitly asked.
    devMailbox: !e.SMTP_URL && (e.DEV_MAILBOX ?? e.NODE_ENV !== 'production'),
    // Demo data by default only on the embedded database: a real server is somebody's production.
    demoData: e.DEMO_DATA ?? !e.DATABASE_URL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    publicCacheMs: e.PUBLIC_CACHE_MS,
    webDist: path.resolve(e.WEB_DIST ?? path.join(API_DIR, '../web/dist')),
    exchangeSubmitStatuses: e.EXCHANGE_SUBMIT_STATUSES,
    webhooksAllowLoopback: e.WEBHOOKS_ALLOW_LOOPBACK,
    s3:
      e.S3_ENDPOINT && e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: e.S3_ENDPOINT.replace(/\/+$/, ''),
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          }
        : undefined,
    mailLinkKey: e.MAIL_LINK_KEY,
    audit: {
      key: e.AUDIT_KEY,
      anchorFile: path.resolve(e.AUDIT_ANCHOR_FILE ?? path.join(dataDir, 'audit-anchors.jsonl')),
      anchorRetainDays: e.AUDIT_ANCHOR_RETAIN_DAYS,
    },
    translation:
      e.TRANSLATION_PROVIDER && e.TRANSLATION_URL
        ? {
            provider: e.TRANSLATION_PROVIDER,
            url: e.TRANSLATION_URL.replace(/\/+$/, ''),
            apiKey: e.TRANSLATION_API_KEY,
            timeoutMs: e.TRANSLATION_TIMEOUT_MS,
          }
        : undefined,
  };
}
