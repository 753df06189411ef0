import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

// A statement that fails with personal data among its values: the log names the failure, never the values.

const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: 'error' }, logStream: { write: (line) => void lines.push(line) } });
  // Every new account is refused by the database, the way a broken constraint or a full disk would refuse it,
  // with the row's e-mail in the error's detail as PostgreSQL's own constraint errors put it.
  await t.database.query(`
    create function refuse_user() returns trigger language plpgsql as $$
    begin
      raise exception 'users are refused' using detail = 'Key (email)=(' || new.email || ') refused.';
    end $$;
    create trigger refuse_user before insert on users for each row execute function refuse_user();
  `);
});
afterAll(() => t.close());

describe('the error log', () => {
  it('records a failed statement without its parameters, the e-mail or the password hash', async () => {
    const res = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'private.person@example.com', password: 'a secret passphrase 7', displayName: 'Private' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('private.person');

    const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unexpected error');
    expect(logged?.err.message).toContain('Failed query: insert into "users"');
    expect(logged?.err.message).toContain('params: [redacted]');
    expect(logged?.err.cause).toMatchObject({ message: 'users are refused', code: 'P0001' });
    const all = lines.join('\n');
    expect(all).not.toContain('private.person');
    expect(all).not.toContain('$argon2id$');
    expect(all).not.toContain('"params"');
  });
});
