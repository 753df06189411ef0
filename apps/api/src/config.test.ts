import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const AUDIT_KEY = 'a key of at least thirty-two characters';

describe('loadConfig', () => {
  it('starts on the embedded database with demo data when nothing is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secureCookies).toBe(false);
  });

  it('turns demo data off by default on PostgreSQL, and marks cookies Secure behind HTTPS', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/innobridge',
      AUDIT_KEY: AUDIT_KEY,
      PUBLIC_URL: 'https://innobridge.example/',
    });
    expect(config.demoData).toBe(false);
    expect(config.secureCookies).toBe(true);
    expect(config.publicUrl).toBe('https://innobridge.example');
  });

  it('refuses a bad value with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA/);
  });

  it('refuses PostgreSQL without an audit key, and a key too short to be one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/innobridge' })).toThrow(
      /AUDIT_KEY: required with DATABASE_URL/,
    );
    expect(() => loadConfig({ AUDIT_KEY: 'short' })).toThrow(/AUDIT_KEY: must be at least 32 characters/);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/innobridge', AUDIT_KEY }).audit.key).toBe(AUDIT_KEY);
  });

  it('keeps the audit anchors in the data directory unless told otherwise', () => {
    expect(loadConfig({ DATA_DIR: '/srv/innobridge' }).audit).toEqual({
      key: undefined,
      anchorFile: '/srv/innobridge/audit-anchors.jsonl',
      anchorRetainDays: undefined,
    });
    expect(
      loadConfig({ AUDIT_ANCHOR_FILE: '/mnt/worm/anchors.jsonl', AUDIT_ANCHOR_RETAIN_DAYS: '3650' }).audit,
    ).toMatchObject({
      anchorFile: '/mnt/worm/anchors.jsonl',
      anchorRetainDays: 3650,
    });
  });

  it('reads TRUST_PROXY as no proxy, a number of proxies or their addresses, never every hop', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('opens the development mailbox only for mail written to files, and in production only when asked', () => {
    expect(loadConfig({ DATA_DIR: '/srv/innobridge' })).toMatchObject({
      mailDir: '/srv/innobridge/mail',
      devMailbox: true,
    });
    expect(loadConfig({ DEV_MAILBOX: 'false' }).devMailbox).toBe(false);
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example.org:587' }).devMailbox).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).devMailbox).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEV_MAILBOX: 'true' }).devMailbox).toBe(true);
    expect(() => loadConfig({ DEV_MAILBOX: 'true', SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(
      /DEV_MAILBOX: the mailbox shows mail written to files/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ REDIS_URL: '', SMTP_URL: '' }).redisUrl).toBeUndefined();
  });

  it('uses S3 storage only when it is fully configured, and names what is missing', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    const s3 = {
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
      S3_BUCKET: 'innobridge',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3).s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'innobridge',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
    });
    expect(() => loadConfig({ S3_BUCKET: 'innobridge' })).toThrow(/S3_ENDPOINT: required/);
    expect(() => loadConfig({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toThrow(/S3_SECRET_ACCESS_KEY: required/);
    expect(() => loadConfig({ ...s3, S3_BUCKET: 'Not A Bucket' })).toThrow(/S3_BUCKET/);
  });

  it('reads which cluster statuses may submit to the exchange, refusing an unknown one', () => {
    expect(loadConfig({}).exchangeSubmitStatuses).toEqual(['participant', 'partner']);
    expect(loadConfig({ EXCHANGE_SUBMIT_STATUSES: 'participant, partner, applicant' }).exchangeSubmitStatuses).toEqual([
      'participant',
      'partner',
      'applicant',
    ]);
    expect(() => loadConfig({ EXCHANGE_SUBMIT_STATUSES: 'participant,member' })).toThrow(/EXCHANGE_SUBMIT_STATUSES/);
  });

  it('translates only when a provider and its address are both set', () => {
    expect(loadConfig({}).translation).toBeUndefined();
    expect(
      loadConfig({ TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_URL: 'http://translate.local:5000/' })
        .translation,
    ).toEqual({ provider: 'libretranslate', url: 'http://translate.local:5000', apiKey: undefined, timeoutMs: 10_000 });
    expect(() => loadConfig({ TRANSLATION_PROVIDER: 'http' })).toThrow(/TRANSLATION_URL: required/);
    expect(() => loadConfig({ TRANSLATION_URL: 'http://translate.local' })).toThrow(/TRANSLATION_PROVIDER: required/);
    expect(() => loadConfig({ TRANSLATION_PROVIDER: 'deepl', TRANSLATION_URL: 'http://x.local' })).toThrow(
      /TRANSLATION_PROVIDER/,
    );
  });
});
