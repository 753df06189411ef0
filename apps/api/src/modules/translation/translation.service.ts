import { createHash } from 'node:crypto';
import type {
  Locale,
  Translation,
  TranslationRequest,
  TranslationSettings,
  TranslationSource,
} from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { MINUTE } from '../../lib/clock.js';
import { ProviderError, type TranslationProvider } from './translation.providers.js';
import * as repo from './translation.repository.js';
import { describeTranslation } from './translation.views.js';

/** Longer than any text the platform takes (a message is at most 10 000 characters). */
export const MAX_TEXT_LENGTH = 20_000;
/** Translations sent to the service per person and window; answers from the cache are not counted. */
export const MAX_PER_WINDOW = 60;
export const WINDOW_MS = 10 * MINUTE;

export type TranslationDeps = {
  /** The configured service; null: translation is off. */
  provider: TranslationProvider | null;
  /**
   * The text a reference names, read by the module that owns it with its own rules of who may read it
   * (it throws that module's "not found" to a stranger); null when there is no such text.
   */
  readText: (actor: Actor, source: TranslationSource) => Promise<{ text: string; language: Locale | null } | null>;
  /** Where a provider's failure is told, for the operator; the reader hears only "unavailable". */
  logFailure: (error: ProviderError) => void;
};

export const translationSettings = (deps: TranslationDeps): TranslationSettings => ({ available: !!deps.provider });

/** What decides a translation, hashed: the same text, language, target and service give the same key. */
const cacheKey = (provider: string, source: string, target: string, text: string) =>
  createHash('sha256')
    .update(JSON.stringify([provider, source, target, text]))
    .digest('hex');

/** Takes a place under the reader's limit before the service is asked. */
async function takeQuota(ctx: AppContext, actor: Actor) {
  const { count, ttlMs } = await ctx.counters.increment(`translation:${actor.userId}`, WINDOW_MS);
  if (count <= MAX_PER_WINDOW) return;
  const retryAfter = Math.max(1, Math.ceil(ttlMs / 1000));
  throw new AppError('rate_limited', { params: { retryAfter }, headers: { 'retry-after': String(retryAfter) } });
}

/**
 * A machine translation of a text the reader may see, from the cache when it was made before. A
 * failing service leaves nothing behind: the next request asks it again.
 */
export async function translate(
  ctx: AppContext,
  deps: TranslationDeps,
  actor: Actor,
  request: TranslationRequest,
): Promise<Translation> {
  const { provider } = deps;
  if (!provider) throw new AppError('translation_not_configured');
  const found = await deps.readText(actor, request.source);
  if (!found) throw new AppError('translation_text_not_found');
  if (found.text.length > MAX_TEXT_LENGTH) {
    throw new AppError('translation_text_too_long', { params: { max: MAX_TEXT_LENGTH } });
  }
  const source = found.language ?? 'auto';
  const key = cacheKey(provider.id, source, request.target, found.text);
  const cached = await repo.findCached(ctx.db, key);
  if (cached) return describeTranslation(cached);

  await takeQuota(ctx, actor);
  let answer: Awaited<ReturnType<TranslationProvider['translate']>>;
  try {
    answer = await provider.translate({ text: found.text, source, target: request.target });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    deps.logFailure(error);
    throw new AppError('translation_unavailable');
  }
  const row = {
    key,
    targetLanguage: request.target,
    translatedText: answer.text,
    detectedLanguage: answer.detectedLanguage,
    createdAt: ctx.clock.now(),
  };
  await repo.insertCached(ctx.db, row);
  return describeTranslation(row);
}
