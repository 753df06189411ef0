import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

/** What suspension and exclusion do to the exchange (ADR 0014). */

let t: TestApp;
let operatorRu: Session;
let operatorCn: Session;
let owner: { admin: Session; organizationId: string };
let sender: { admin: Session; organizationId: string };

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.createAdmin();
  operatorRu = await t.userWithRole(admin, 'sanctions.op.ru@example.ru', 'operator', 'RU');
  operatorCn = await t.userWithRole(admin, 'sanctions.op.cn@example.cn', 'operator', 'CN');
  owner = await approvedOrganisation(t, operatorRu, 'sanctions.owner@example.ru', { name: { ru: 'Криотех' } });
  sender = await approvedOrganisation(t, operatorCn, 'sanctions.sender@example.cn', {
    jurisdiction: 'CN',
    name: { zh: '低温科技' },
  });
});
afterAll(() => t.close());

let counter = 0;
async function publishedOffer(of = owner, operator = operatorRu) {
  counter += 1;
  const created = await t.call('POST', '/api/v1/opportunities', {
    as: of.admin,
    body: {
      organizationId: of.organizationId,
      type: 'technology_offer',
      title: { ru: `Криогенный насос ${counter}` },
      summary: { ru: 'Насосы для сжиженного газа.' },
    },
  });
  const id = created.json().id as string;
  await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: of.admin });
  const res = await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: operator });
  if (res.statusCode !== 200) throw new Error(res.body);
  return id;
}

const statusAction = async (organizationId: string, action: string, operator: Session) => {
  const res = await t.call('POST', `/api/v1/organizations/${organizationId}/status/${action}`, {
    as: operator,
    body: { reason: 'Проверка.' },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
};

/** The search as a visitor sees it: by a word, and browsing (whose counts the database keeps). */
async function visitorSees() {
  const byWord = (await t.call('GET', '/api/v1/opportunities?q=насос&limit=100')).json();
  const browse = (await t.call('GET', '/api/v1/opportunities?limit=100')).json();
  const filtered = (await t.call('GET', '/api/v1/opportunities?limit=100&type=technology_offer')).json();
  return {
    byWord: byWord.items.map((o: { id: string }) => o.id) as string[],
    browse: browse.items.map((o: { id: string }) => o.id) as string[],
    total: browse.total as number,
    typeCount: filtered.facets.type.technology_offer as number | undefined,
  };
}

const express = (opportunityId: string, from = sender) =>
  t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
    as: from.admin,
    body: { organizationId: from.organizationId, message: '我们对低温泵很感兴趣。' },
  });

describe('a suspended or excluded organisation on the exchange', () => {
  it('withholds its published opportunities from search, browsing, counts and their page, and shows them again on reinstatement', async () => {
    const id = await publishedOffer();
    const before = await visitorSees();
    expect(before.byWord).toContain(id);
    expect(before.browse).toContain(id);

    await statusAction(owner.organizationId, 'suspend', operatorRu);
    const during = await visitorSees();
    expect(during.byWord).not.toContain(id);
    expect(during.browse).not.toContain(id);
    expect(during.total).toBe(before.total - 1);
    expect(during.typeCount ?? 0).toBe((before.typeCount ?? 0) - 1);
    for (const as of [null, sender.admin]) {
      const page = await t.call('GET', `/api/v1/opportunities/${id}`, { as });
      expect(page.statusCode).toBe(404);
      expect(page.json().code).toBe('opportunity_not_found');
    }
    // Not deleted: its owner and the operators still see it, published as it was.
    expect((await t.call('GET', `/api/v1/opportunities/${id}`, { as: owner.admin })).json().state).toBe('published');
    expect((await t.call('GET', `/api/v1/opportunities/${id}`, { as: operatorRu })).statusCode).toBe(200);

    await statusAction(owner.organizationId, 'reinstate', operatorRu);
    const after = await visitorSees();
    expect(after.byWord).toContain(id);
    expect(after.browse).toContain(id);
    expect(after.total).toBe(before.total);
    expect(after.typeCount).toBe(before.typeCount);
    expect((await t.call('GET', `/api/v1/opportunities/${id}`)).statusCode).toBe(200);
  });

  it('neither expresses interest, nor answers one, nor submits for publication; reinstated, it does again', async () => {
    const offer = await publishedOffer();
    const pending = (await express(offer)).json();
    expect(pending.state).toBe('pending');
    const another = await publishedOffer();

    await statusAction(sender.organizationId, 'suspend', operatorCn);
    const refused = await express(another);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('organization_sanctioned');
    const count = await t.database.query(
      'select count(*)::int as n from interests where opportunity_id = $1 and from_organization_id = $2',
      [another, sender.organizationId],
    );
    expect(count.rows[0]?.n).toBe(0);

    await statusAction(owner.organizationId, 'suspend', operatorRu);
    const answer = await t.call('POST', `/api/v1/interests/${pending.id}/accept`, { as: owner.admin, locale: 'en' });
    expect(answer.statusCode).toBe(403);
    expect(answer.json()).toMatchObject({ code: 'organization_sanctioned' });
    expect(answer.json().detail).toContain('“suspended”');
    const decline = await t.call('POST', `/api/v1/interests/${pending.id}/decline`, {
      as: owner.admin,
      body: { reason: 'not_a_fit' },
    });
    expect(decline.statusCode).toBe(403);
    expect((await t.call('GET', `/api/v1/interests/${pending.id}`, { as: owner.admin })).json().state).toBe('pending');

    const draft = await t.call('POST', '/api/v1/opportunities', {
      as: owner.admin,
      body: {
        organizationId: owner.organizationId,
        type: 'technology_offer',
        title: { ru: 'Новое предложение' },
        summary: { ru: 'Черновик.' },
      },
    });
    expect(draft.statusCode).toBe(201);
    const submit = await t.call('POST', `/api/v1/opportunities/${draft.json().id}/submit`, { as: owner.admin });
    expect(submit.statusCode).toBe(403);
    expect(submit.json().code).toBe('organization_sanctioned');

    // Excluded, the same holds: its opportunities stay withheld.
    await statusAction(owner.organizationId, 'exclude', operatorRu);
    expect((await visitorSees()).byWord).not.toContain(offer);

    await statusAction(sender.organizationId, 'reinstate', operatorCn);
    const third = await approvedOrganisation(t, operatorRu, 'sanctions.third@example.ru');
    const open = await publishedOffer(third);
    expect((await express(open)).statusCode).toBe(201);
  });

  it('is not accepted as a partner, nor writes in a conversation, while suspended', async () => {
    const other = await approvedOrganisation(t, operatorRu, 'sanctions.other@example.ru');
    const offer = await publishedOffer(other);
    const interest = (await express(offer)).json();
    const talk = await publishedOffer(other);
    const accepted = (
      await t.call('POST', `/api/v1/interests/${(await express(talk)).json().id}/accept`, { as: other.admin })
    ).json();

    await statusAction(sender.organizationId, 'suspend', operatorCn);
    // The owner cannot accept the suspended sender's interest, and is told why, in its language; it may decline.
    const accept = await t.call('POST', `/api/v1/interests/${interest.id}/accept`, { as: other.admin, locale: 'ru' });
    expect(accept.statusCode).toBe(409);
    expect(accept.json()).toMatchObject({ code: 'interest_sender_sanctioned' });
    expect(accept.json().detail).toContain('«приостановлен»');
    expect((await t.call('GET', `/api/v1/interests/${interest.id}`, { as: other.admin })).json()).toMatchObject({
      state: 'pending',
      conversationId: null,
      contacts: null,
    });
    const decline = await t.call('POST', `/api/v1/interests/${interest.id}/decline`, {
      as: other.admin,
      body: { reason: 'not_a_fit' },
    });
    expect(decline.statusCode).toBe(200);

    // In the conversation opened before, the suspended side writes nothing; the other side still can.
    const path = `/api/v1/conversations/${accepted.conversationId}/messages`;
    const silenced = await t.call('POST', path, { as: sender.admin, body: { body: '你好' } });
    expect(silenced.statusCode).toBe(403);
    expect(silenced.json().code).toBe('organization_sanctioned');
    expect((await t.call('POST', path, { as: other.admin, body: { body: 'Ждём восстановления.' } })).statusCode).toBe(
      201,
    );
    const thread = (
      await t.call('GET', `/api/v1/conversations/${accepted.conversationId}`, { as: other.admin })
    ).json();
    expect(thread.messages.map((m: { body: string }) => m.body)).toEqual(['Ждём восстановления.']);
    await statusAction(sender.organizationId, 'reinstate', operatorCn);
  });
});
