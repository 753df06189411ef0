import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { multipartForm, PDF } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { MESSAGE_DIGEST_JOB } from './index.js';

let t: TestApp;
let f: Factories;
let operatorRu: Session;
// The people whose contacts must stay hidden until an interest is accepted.
const OWNER_EMAIL = 'pavel.kontaktov@vtorlit.example.ru';
const SENDER_EMAIL = 'li.lianxiren@guli.example.cn';
const personOf = (email: string) => email.split('@')[0] as string;
let owner: { admin: Session; organizationId: string };
let sender: { admin: Session; organizationId: string };
let third: { admin: Session; organizationId: string };

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { email: 'ei.op.ru@example.ru', signedIn: false });
  const operatorCn = await f.operator('CN', { email: 'ei.op.cn@example.cn', signedIn: false });
  owner = await f.organizationWithStatus({
    owner: { email: OWNER_EMAIL, locale: 'ru' },
    operator: operatorRu,
    name: { ru: 'ВторЛитий' },
  });
  sender = await f.organizationWithStatus({
    owner: { email: SENDER_EMAIL, locale: 'zh' },
    operator: operatorCn,
    jurisdiction: 'CN',
    name: { zh: '固锂新能源' },
  });
  third = await f.organizationWithStatus({
    owner: { email: 'ei.third@example.ru' },
    operator: operatorRu,
    name: { ru: 'Третья сторона' },
  });
});
afterAll(() => t.close());

let counter = 0;
async function publishedOffer() {
  counter += 1;
  const published = await f.opportunity(owner.admin, owner.organizationId, {
    state: 'published',
    operator: operatorRu,
    body: {
      type: 'technology_offer',
      title: { ru: `Переработка аккумуляторов ${counter}` },
      summary: { ru: 'Извлечение лития и кобальта.' },
      description: { ru: 'Подробности для участников.' },
    },
  });
  return published.id;
}

const express = (opportunityId: string, as = sender.admin, organizationId = sender.organizationId) =>
  t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
    as,
    body: { organizationId, message: '我们对电池回收技术很感兴趣。' },
  });

async function acceptedConversation() {
  const opportunityId = await publishedOffer();
  const interest = (await express(opportunityId)).json();
  const accepted = await t.call('POST', `/api/v1/interests/${interest.id}/accept`, { as: owner.admin });
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
  return accepted.json().conversationId as string;
}

describe('expressing interest', () => {
  it('creates one expression of interest however often it is sent, and tells the owner once, in Russian', async () => {
    const opportunityId = await publishedOffer();
    await t.runJobs();
    const before = t.mail.to(OWNER_EMAIL).length;
    const first = await express(opportunityId);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      state: 'pending',
      from: { id: sender.organizationId },
      to: { id: owner.organizationId },
      contacts: null,
    });
    const again = await express(opportunityId);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    await t.runJobs();
    const mails = t.mail.to(OWNER_EMAIL).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('固锂新能源');
    expect(mails[0]?.text).toContain('откликается на вашу публикацию');
    const inbox = await t.call('GET', `/api/v1/organizations/${owner.organizationId}/interests?box=received`, {
      as: owner.admin,
    });
    expect(inbox.json().items.filter((i: { id: string }) => i.id === first.json().id)).toHaveLength(1);
  });

  it('refuses interest in its own opportunity, in a draft, from an organisation one is not a member of, and anonymously', async () => {
    const opportunityId = await publishedOffer();
    const own = await express(opportunityId, owner.admin, owner.organizationId);
    expect(own.statusCode).toBe(409);
    expect(own.json().code).toBe('interest_own_opportunity');

    const notMine = await express(opportunityId, third.admin, sender.organizationId);
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().code).toBe('organization_forbidden');

    const anonymous = await t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
      body: { organizationId: sender.organizationId, message: 'hello' },
    });
    expect(anonymous.statusCode).toBe(401);

    const draft = await t.call('POST', '/api/v1/opportunities', {
      as: owner.admin,
      body: {
        organizationId: owner.organizationId,
        type: 'pilot_request',
        title: { ru: 'Черновик' },
        summary: { ru: 'x' },
      },
    });
    const toDraft = await express(draft.json().id);
    expect(toDraft.statusCode).toBe(404);

    const empty = await t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
      as: sender.admin,
      body: { organizationId: sender.organizationId, message: '   ' },
    });
    expect(empty.statusCode).toBe(422);
    const received = await t.call('GET', `/api/v1/opportunities/${opportunityId}/interests`, { as: owner.admin });
    expect(received.json().items).toEqual([]);
  });
});

describe('contact privacy', () => {
  it('shows no personal contact in any response about opportunities, organisations or interests before acceptance', async () => {
    const opportunityId = await publishedOffer();
    const interest = (await express(opportunityId)).json();

    // What the sender's side can read about the owner, and the owner's side about the sender.
    const senderReads = [
      ['GET', '/api/v1/opportunities?q=аккумуляторы'],
      ['GET', `/api/v1/opportunities/${opportunityId}`],
      ['GET', `/api/v1/opportunities/${opportunityId}/interests`],
      ['GET', `/api/v1/organizations/${owner.organizationId}`],
      ['GET', `/api/v1/organizations/${sender.organizationId}/interests?box=sent`],
      ['GET', `/api/v1/interests/${interest.id}`],
      ['GET', '/api/v1/registry'],
      ['GET', '/api/v1/registry/export?format=json'],
      ['GET', '/api/v1/registry/export?format=csv'],
      ['GET', '/api/v1/conversations'],
    ] as const;
    const ownerReads = [
      ['GET', `/api/v1/opportunities/${opportunityId}/interests`],
      ['GET', `/api/v1/organizations/${sender.organizationId}`],
      ['GET', `/api/v1/organizations/${owner.organizationId}/interests?box=received`],
      ['GET', `/api/v1/organizations/${owner.organizationId}/opportunities`],
      ['GET', `/api/v1/interests/${interest.id}`],
      ['GET', '/api/v1/conversations'],
    ] as const;
    for (const [method, url] of senderReads) {
      const res = await t.call(method, url, { as: sender.admin });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(OWNER_EMAIL);
      expect(res.body, url).not.toContain(personOf(OWNER_EMAIL));
    }
    for (const [method, url] of ownerReads) {
      const res = await t.call(method, url, { as: owner.admin });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(SENDER_EMAIL);
      expect(res.body, url).not.toContain(personOf(SENDER_EMAIL));
    }
    // The members list is for the organisation's own members.
    const members = await t.call('GET', `/api/v1/organizations/${owner.organizationId}/members`, { as: sender.admin });
    expect(members.statusCode).toBe(403);

    const accepted = await t.call('POST', `/api/v1/interests/${interest.id}/accept`, { as: owner.admin });
    expect(accepted.json().contacts).toEqual(
      expect.arrayContaining([
        { organizationId: sender.organizationId, displayName: personOf(SENDER_EMAIL), email: SENDER_EMAIL },
        { organizationId: owner.organizationId, displayName: personOf(OWNER_EMAIL), email: OWNER_EMAIL },
      ]),
    );
    const seenBySender = await t.call('GET', `/api/v1/interests/${interest.id}`, { as: sender.admin });
    expect(seenBySender.body).toContain(OWNER_EMAIL);
  });
});

describe('deciding', () => {
  it('declines with a structured reason the sender reads in Chinese; "other" needs a text; a decision is final', async () => {
    const opportunityId = await publishedOffer();
    const interest = (await express(opportunityId)).json();

    const bySender = await t.call('POST', `/api/v1/interests/${interest.id}/decline`, {
      as: sender.admin,
      body: { reason: 'timing' },
    });
    expect(bySender.statusCode).toBe(403);
    const byStranger = await t.call('POST', `/api/v1/interests/${interest.id}/accept`, { as: third.admin });
    expect(byStranger.statusCode).toBe(404);

    const noText = await t.call('POST', `/api/v1/interests/${interest.id}/decline`, {
      as: owner.admin,
      body: { reason: 'other' },
    });
    expect(noText.statusCode).toBe(422);
    expect(noText.json().errors[0].path).toBe('text');
    expect((await t.call('GET', `/api/v1/interests/${interest.id}`, { as: owner.admin })).json().state).toBe('pending');

    await t.runJobs();
    const before = t.mail.to(SENDER_EMAIL).length;
    const declined = await t.call('POST', `/api/v1/interests/${interest.id}/decline`, {
      as: owner.admin,
      body: { reason: 'already_partnered', text: 'Мы уже работаем с партнёром в Шэньчжэне.' },
    });
    expect(declined.json()).toMatchObject({
      state: 'declined',
      declineReason: 'already_partnered',
      conversationId: null,
      contacts: null,
    });
    await t.runJobs();
    const mail = t.mail.to(SENDER_EMAIL).slice(before)[0];
    expect(mail?.text).toContain('已有合作伙伴');
    expect(mail?.text).toContain('Мы уже работаем с партнёром в Шэньчжэне.');

    const sent = await t.call(
      'GET',
      `/api/v1/organizations/${sender.organizationId}/interests?box=sent&state=declined`,
      {
        as: sender.admin,
      },
    );
    expect(sent.json().items.map((i: { id: string }) => i.id)).toContain(interest.id);

    const late = await t.call('POST', `/api/v1/interests/${interest.id}/accept`, { as: owner.admin });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('interest_state_conflict');
    const outcome = await t.call('POST', `/api/v1/interests/${interest.id}/outcome`, {
      as: owner.admin,
      body: { outcome: 'no_result' },
    });
    expect(outcome.statusCode).toBe(409);
  });

  it('lets either side record the outcome of an accepted interest', async () => {
    const opportunityId = await publishedOffer();
    const interest = (await express(opportunityId)).json();
    await t.call('POST', `/api/v1/interests/${interest.id}/accept`, { as: owner.admin });
    const bySender = await t.call('POST', `/api/v1/interests/${interest.id}/outcome`, {
      as: sender.admin,
      body: { outcome: 'partnership_started' },
    });
    expect(bySender.json()).toMatchObject({ outcome: 'partnership_started' });
    const byOwner = await t.call('POST', `/api/v1/interests/${interest.id}/outcome`, {
      as: owner.admin,
      body: { outcome: 'agreement_signed' },
    });
    expect(byOwner.json().outcome).toBe('agreement_signed');
    const byStranger = await t.call('POST', `/api/v1/interests/${interest.id}/outcome`, {
      as: third.admin,
      body: { outcome: 'no_result' },
    });
    expect(byStranger.statusCode).toBe(404);
    const conversations = (await t.call('GET', '/api/v1/conversations', { as: sender.admin })).json().items;
    expect(conversations.find((c: { interestId: string }) => c.interestId === interest.id).outcome).toBe(
      'agreement_signed',
    );
  });
});

describe('conversations', () => {
  it('opens on acceptance between the two organisations only, with messages, files and unread counts', async () => {
    const id = await acceptedConversation();
    const hello = await t.call('POST', `/api/v1/conversations/${id}/messages`, {
      as: owner.admin,
      body: { body: 'Здравствуйте! Пришлём спецификацию.' },
    });
    expect(hello.statusCode).toBe(201);
    expect(hello.json()).toMatchObject({ mine: true, organizationId: owner.organizationId });

    const form = multipartForm({ body: '规格说明书' }, { name: 'spec.pdf', content: PDF });
    const withFile = await t.call('POST', `/api/v1/conversations/${id}/attachments`, { as: sender.admin, ...form });
    expect(withFile.statusCode).toBe(201);
    const attachment = withFile.json().attachments[0];
    expect(attachment).toMatchObject({ fileName: 'spec.pdf', contentType: 'application/pdf' });

    const list = (await t.call('GET', '/api/v1/conversations', { as: owner.admin })).json();
    expect(list.items.find((c: { id: string }) => c.id === id)).toMatchObject({
      unread: 1,
      ours: { id: owner.organizationId },
      theirs: { id: sender.organizationId },
    });
    expect(list.unreadTotal).toBeGreaterThanOrEqual(1);

    const thread = (await t.call('GET', `/api/v1/conversations/${id}`, { as: owner.admin })).json();
    expect(thread.messages.map((m: { body: string; mine: boolean }) => [m.body, m.mine])).toEqual([
      ['Здравствуйте! Пришлём спецификацию.', true],
      ['规格说明书', false],
    ]);
    const file = await t.call('GET', `/api/v1/conversations/${id}/attachments/${attachment.id}`, { as: owner.admin });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);

    expect((await t.call('POST', `/api/v1/conversations/${id}/read`, { as: owner.admin })).statusCode).toBe(204);
    const after = (await t.call('GET', '/api/v1/conversations', { as: owner.admin })).json();
    expect(after.items.find((c: { id: string }) => c.id === id).unread).toBe(0);

    for (const url of [`/api/v1/conversations/${id}`, `/api/v1/conversations/${id}/attachments/${attachment.id}`]) {
      expect((await t.call('GET', url, { as: third.admin })).statusCode).toBe(404);
    }
    const intruder = await t.call('POST', `/api/v1/conversations/${id}/messages`, {
      as: third.admin,
      body: { body: 'hello' },
    });
    expect(intruder.statusCode).toBe(404);
  });

  it('refuses a file that only pretends to be a PDF, and an oversized one, keeping nothing', async () => {
    const id = await acceptedConversation();
    const fake = multipartForm(
      { body: 'see attached' },
      { name: 'contract.pdf', content: Buffer.from('MZ not a pdf') },
    );
    const refused = await t.call('POST', `/api/v1/conversations/${id}/attachments`, { as: sender.admin, ...fake });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('file_type_refused');
    const big = multipartForm({}, { name: 'big.pdf', content: Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]) });
    const tooBig = await t.call('POST', `/api/v1/conversations/${id}/attachments`, { as: sender.admin, ...big });
    expect(tooBig.statusCode).toBe(413);
    const thread = (await t.call('GET', `/api/v1/conversations/${id}`, { as: sender.admin })).json();
    expect(thread.messages).toEqual([]);
    const fs = await import('node:fs');
    const stored = `${t.dataDir}/files/conversations/${id}`;
    expect(fs.existsSync(stored) ? fs.readdirSync(stored) : []).toEqual([]);
  });

  it('mails new messages once per batch and reader, and not what was already read', async () => {
    const id = await acceptedConversation();
    await t.runJobs();
    const digest = async () => {
      await t.ctx.jobs.send(t.ctx.db, MESSAGE_DIGEST_JOB, {});
      await t.runJobs();
    };
    const say = (as: Session, body: string) =>
      t.call('POST', `/api/v1/conversations/${id}/messages`, { as, body: { body } });
    const mailsTo = (email: string) => t.mail.to(email).filter((m) => m.text.includes(`/conversations/${id}`));

    for (const line of ['Первое', 'Второе', 'Третье']) await say(owner.admin, line);
    await digest();
    expect(mailsTo(SENDER_EMAIL)).toHaveLength(1);
    expect(mailsTo(SENDER_EMAIL)[0]?.text).toContain('3');
    expect(mailsTo(OWNER_EMAIL)).toHaveLength(0); // one's own messages are not news

    await digest();
    expect(mailsTo(SENDER_EMAIL)).toHaveLength(1); // nothing new, nothing sent

    await say(owner.admin, 'Четвёртое');
    t.clock.advance(60_000);
    await t.call('POST', `/api/v1/conversations/${id}/read`, { as: sender.admin });
    await digest();
    expect(mailsTo(SENDER_EMAIL)).toHaveLength(1); // read before the digest ran

    t.clock.advance(60_000);
    await say(owner.admin, 'Пятое');
    await say(sender.admin, '收到');
    await digest();
    expect(mailsTo(SENDER_EMAIL)).toHaveLength(2);
    expect(mailsTo(OWNER_EMAIL)).toHaveLength(1);
  });
});
