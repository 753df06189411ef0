import type { AppContext } from '../app-context.js';
import type { Actor } from '../lib/actor.js';
import { createEvent, publishEvent } from '../modules/events/index.js';
import {
  acceptInterest,
  createOpportunity,
  expressInterest,
  postMessage,
  publishOpportunity,
  submitOpportunity,
} from '../modules/exchange/index.js';
import { actorForUser, hasAnyUser, provisionUser } from '../modules/identity/index.js';
import { addMember, createOrganization } from '../modules/organizations/index.js';
import {
  allSettings,
  approveApplication,
  createApplication,
  PUBLIC_STATUSES,
  requestInformation,
  submitApplication,
  takeApplication,
  uploadDocument,
} from '../modules/registry/index.js';
import { approveProvider, createService, moveService, operatorProviderId } from '../modules/services/index.js';
import { DEMO_PASSWORD, demoAccounts, demoOrganizations } from './demo-data.js';
import { demoEventBody, demoEvents } from './demo-events.js';
import { demoInterests, demoOpportunities } from './demo-exchange.js';
import { demoServices } from './demo-services.js';

/** The operators themselves hold no cluster status; these stay mid-way to show the operators' queue. */
const NO_APPLICATION = new Set(['moscowCluster', 'zgcAdmin']);
const LEFT_SUBMITTED = new Set(['rubiconPay', 'hexin']);
const LEFT_INFO_REQUESTED = new Set(['nevamed']);
const LEFT_DRAFT = new Set(['steppeLink']);

/** A minimal real PDF, so demo documents pass the same content check as uploads. */
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

/** Fills a new, empty database with the demo accounts and organisations; leaves any other alone. */
export async function seedDemoData(ctx: AppContext): Promise<boolean> {
  if (await hasAnyUser(ctx)) return false;
  const userIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const id = await provisionUser(ctx, { ...account, password: DEMO_PASSWORD });
    userIds.set(account.key, id);
  }
  const actorOf = async (key: string): Promise<Actor> => {
    const id = userIds.get(key);
    const actor = id ? await actorForUser(ctx, id) : null;
    if (!actor) throw new Error(`demo data: unknown account ${key}`);
    return actor;
  };
  const operators = { RU: await actorOf('operatorRu'), CN: await actorOf('operatorCn') };
  const settings = await allSettings(ctx);
  const organizationIds = new Map<string, string>();

  for (const organization of demoOrganizations) {
    const owner = await actorOf(organization.ownerKey);
    const row = await createOrganization(ctx, owner, organization.body, owner.locale, PUBLIC_STATUSES);
    organizationIds.set(organization.key, row.id);
    for (const memberKey of organization.memberKeys ?? []) {
      const member = userIds.get(memberKey);
      if (member) await addMember(ctx, owner, row.id, member);
    }
    if (NO_APPLICATION.has(organization.key)) continue;

    // Through the real workflow, so the statuses come with their history and audit trail.
    const reviewer = row.jurisdiction === 'OTHER' ? 'RU' : row.jurisdiction;
    const draft = await createApplication(ctx, owner, row.id, { reviewerJurisdiction: reviewer });
    if (LEFT_DRAFT.has(organization.key)) continue;
    for (const kind of settings[reviewer].requiredDocuments[draft.requestedStatus]) {
      await uploadDocument(ctx, owner, draft.id, { kind, fileName: `${kind}.pdf`, content: DEMO_PDF });
    }
    await submitApplication(ctx, owner, draft.id);
    if (LEFT_SUBMITTED.has(organization.key)) continue;
    const operator = operators[reviewer];
    await takeApplication(ctx, operator, draft.id);
    if (LEFT_INFO_REQUESTED.has(organization.key)) {
      await requestInformation(ctx, operator, draft.id, INFO_REQUEST[operator.locale === 'zh' ? 'zh' : 'ru']);
      continue;
    }
    await approveApplication(ctx, operator, draft.id, {
      checklist: settings[reviewer].approvalCriteria[draft.requestedStatus],
      reason: APPROVAL_REASON[operator.locale === 'zh' ? 'zh' : 'ru'],
    });
  }
  await seedExchange(ctx, actorOf, operators, organizationIds);
  await seedServices(ctx, actorOf, operators, organizationIds);
  // Events, organised by the Moscow operator, dated from today.
  const today = new Date(ctx.clock.now().toISOString().slice(0, 10));
  for (const demo of demoEvents) {
    const event = await createEvent(ctx, operators.RU, demoEventBody(demo, today));
    await publishEvent(ctx, operators.RU, event.id);
  }
  return true;
}

/** Partners approved as providers by an operator, and the services of both operators and theirs. */
async function seedServices(
  ctx: AppContext,
  actorOf: (key: string) => Promise<Actor>,
  operators: Record<'RU' | 'CN', Actor>,
  organizationIds: Map<string, string>,
) {
  for (const demo of demoServices) {
    let providerId: string;
    if (demo.provider === 'RU' || demo.provider === 'CN') {
      providerId = operatorProviderId(demo.provider);
    } else {
      const organizationId = organizationIds.get(demo.provider);
      if (!organizationId) throw new Error(`demo data: unknown organisation ${demo.provider}`);
      const partner = demoOrganizations.find((o) => o.key === demo.provider);
      await approveProvider(ctx, operators[partner?.body.jurisdiction === 'CN' ? 'CN' : 'RU'], organizationId);
      providerId = organizationId;
    }
    const author = await actorOf(demo.by);
    const service = await createService(ctx, author, { ...demo.body, providerId });
    if (!demo.draft) await moveService(ctx, author, service.id, 'publish', service.version);
  }
}

/** Opportunities through the real lifecycle and moderation, and interests with a conversation. */
async function seedExchange(
  ctx: AppContext,
  actorOf: (key: string) => Promise<Actor>,
  operators: Record<'RU' | 'CN', Actor>,
  organizationIds: Map<string, string>,
) {
  const ownerOf = new Map(demoOrganizations.map((o) => [o.key, o.ownerKey]));
  const idOf = (key: string) => {
    const id = organizationIds.get(key);
    if (!id) throw new Error(`demo data: unknown organisation ${key}`);
    return id;
  };
  const opportunityIds = new Map<string, string>();
  for (const demo of demoOpportunities) {
    const author = await actorOf(ownerOf.get(demo.organizationKey) ?? '');
    const opportunity = await createOpportunity(ctx, author, {
      organizationId: idOf(demo.organizationKey),
      ...demo.body,
    });
    opportunityIds.set(demo.key, opportunity.id);
    if (demo.state === 'draft') continue;
    await submitOpportunity(ctx, author, opportunity.id);
    if (demo.state === 'published') {
      const operator = operators[opportunity.organizationJurisdiction === 'CN' ? 'CN' : 'RU'];
      await publishOpportunity(ctx, operator, opportunity.id);
    }
  }
  for (const demo of demoInterests) {
    const opportunity = demoOpportunities.find((o) => o.key === demo.opportunityKey);
    const opportunityId = opportunityIds.get(demo.opportunityKey);
    if (!opportunity || !opportunityId) throw new Error(`demo data: unknown opportunity ${demo.opportunityKey}`);
    const sender = await actorOf(demo.senderKey);
    const owner = await actorOf(ownerOf.get(opportunity.organizationKey) ?? '');
    const { interest } = await expressInterest(ctx, sender, opportunityId, {
      organizationId: idOf(demo.fromOrganizationKey),
      message: demo.message,
    });
    if (!demo.accept) continue;
    const { conversationId } = await acceptInterest(ctx, owner, interest.id);
    if (!conversationId) throw new Error('demo data: the accepted interest opened no conversation');
    for (const message of demo.messages) {
      await postMessage(ctx, message.from === 'owner' ? owner : sender, conversationId, { body: message.body });
    }
  }
}

const INFO_REQUEST = {
  ru: 'Пожалуйста, приложите действующую лицензию Росздравнадзора на медицинскую деятельность.',
  zh: '请补充提交最新的营业执照副本。',
};
const APPROVAL_REASON = {
  ru: 'Документы проверены, критерии статуса выполнены.',
  zh: '材料齐全，符合身份认定标准。',
};
