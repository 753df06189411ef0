import type { Locale } from '@innobridge/contracts';
import type { Config } from '../../config.js';

/** What a provider is asked: a text, its language when known, and the language wanted. */
export type ProviderRequest = { text: string; source: Locale | 'auto'; target: Locale };
export type ProviderAnswer = { text: string; detectedLanguage: string | null };

/**
 * A machine translation service. `id` names the service and where it is, so that the cache never
 * serves one service's translation as another's.
 */
export type TranslationProvider = {
  readonly id: string;
  /** Throws ProviderError when the service fails, times out or answers something unusable. */
  translate(request: ProviderRequest): Promise<ProviderAnswer>;
};

/** Why a provider gave no translation, for the log; the reader only hears it is unavailable. */
export class ProviderError extends Error {}

type Settings = NonNullable<Config['translation']>;

async function postJson(url: string, body: unknown, settings: Settings, headers: Record<string, string> = {}) {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(settings.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    throw new ProviderError(
      `${url}: ${(error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message}`,
    );
  }
  if (!response.ok) throw new ProviderError(`${url}: HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ProviderError(`${url}: the answer is not JSON`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * LibreTranslate (self-hosted or a contracted instance): `POST <url>/translate` with
 * `{ q, source, target, format: 'text', api_key? }`, answering `{ translatedText, detectedLanguage? }`.
 */
export function libreTranslateProvider(settings: Settings): TranslationProvider {
  const url = `${settings.url}/translate`;
  return {
    id: `libretranslate ${settings.url}`,
    async translate({ text, source, target }) {
      const answer = await postJson(
        url,
        { q: text, source, target, format: 'text', ...(settings.apiKey ? { api_key: settings.apiKey } : {}) },
        settings,
      );
      if (!isRecord(answer) || typeof answer.translatedText !== 'string') {
        throw new ProviderError(`${url}: no translatedText in the answer`);
      }
      const detected = isRecord(answer.detectedLanguage) ? answer.detectedLanguage.language : null;
      return { text: answer.translatedText, detectedLanguage: typeof detected === 'string' ? detected : null };
    },
  };
}

/**
 * Any service that keeps the platform's own contract (ADR 0023): `POST <url>` with
 * `{ text, source: 'auto' | 'ru' | 'zh' | 'en', target }` and, with a key, `Authorization: Bearer <key>`;
 * it answers 200 with `{ text, detectedLanguage? }`.
 */
export function httpProvider(settings: Settings): TranslationProvider {
  return {
    id: `http ${settings.url}`,
    async translate({ text, source, target }) {
      const answer = await postJson(
        settings.url,
        { text, source, target },
        settings,
        settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {},
      );
      if (!isRecord(answer) || typeof answer.text !== 'string')
        throw new ProviderError(`${settings.url}: no text in the answer`);
      const detected = answer.detectedLanguage;
      return { text: answer.text, detectedLanguage: typeof detected === 'string' ? detected : null };
    },
  };
}

/** The configured provider, or null when translation is off. */
export function providerFor(settings: Config['translation']): TranslationProvider | null {
  if (!settings) return null;
  return settings.provider === 'libretranslate' ? libreTranslateProvider(settings) : httpProvider(settings);
}
