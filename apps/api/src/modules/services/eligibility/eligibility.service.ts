import type { Locale, ServiceEligibility } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { translator } from '../../../lib/i18n.js';
import { listTaxonomy } from '../../matching/index.js';
import type { OrganizationRecord } from '../../organizations/index.js';
import * as repo from '../services.repository.js';
import { evaluateEligibility } from './eligibility.evaluator.js';

/**
 * Judges services for one organisation with the one evaluator, in the reader's language: what it
 * needs (the organisation, when it last received each service, the areas' names) read in batches.
 */
export async function judgeServices(
  ctx: AppContext,
  locale: Locale,
  organization: OrganizationRecord,
  rows: Pick<repo.ServiceRow, 'id' | 'rules'>[],
): Promise<Map<string, ServiceEligibility>> {
  if (rows.length === 0) return new Map();
  const needsAreas = rows.some((r) => r.rules.some((rule) => rule.kind === 'areas'));
  const [lastDelivered, taxonomy] = await Promise.all([
    repo.lastDeliveredTo(
      ctx.db,
      organization.id,
      rows.map((r) => r.id),
    ),
    needsAreas ? listTaxonomy(ctx) : Promise.resolve([]),
  ]);
  const names = new Map(taxonomy.map((a) => [a.code, a.label[locale]]));
  const t = translator(locale, 'services');
  const now = ctx.clock.now();
  return new Map(
    rows.map((r) => {
      const { eligible, rules } = evaluateEligibility({
        rules: r.rules,
        organization: {
          id: organization.id,
          status: organization.status,
          jurisdiction: organization.jurisdiction,
          type: organization.type,
          registeredAt: organization.createdAt,
          areas: organization.areas,
        },
        lastReceivedAt: lastDelivered.get(r.id) ?? null,
        now,
        locale,
        t: (key, params) => t(key, params ?? {}) as string,
        areaName: (code) => names.get(code) ?? null,
      });
      return [r.id, { organizationId: organization.id, eligible, rules }];
    }),
  );
}
