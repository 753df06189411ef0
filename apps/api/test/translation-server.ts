import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in was asked, as LibreTranslate's `POST /translate` receives it. */
export type TranslateCall = { q: string; source: string; target: string; format: string; api_key?: string };
/** What it was asked at `POST /contract`, the platform's own JSON contract (ADR 0023). */
export type ContractCall = { text: string; source: string; target: string; authorization?: string };

/** The words the stand-in puts before a translation, by target language: readable in the tests. */
export const STAND_IN_MARK: Record<string, string> = { ru: '[перевод]', zh: '[译文]', en: '[translation]' };

/**
 * A local stand-in for a LibreTranslate server, over real HTTP: it "translates" by marking the text
 * with the target language's words, and says it detected `zh`. `down` makes it answer 500;
 * `hang` makes it never answer (for timeouts). At `POST /contract` it keeps the platform's own
 * contract instead (`{ text, source, target }` → `{ text, detectedLanguage }`).
 */
export async function startTranslationStandIn() {
  const calls: TranslateCall[] = [];
  const contractCalls: ContractCall[] = [];
  const state = { mode: 'up' as 'up' | 'down' | 'hang' };
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/contract') {
        const body = JSON.parse(raw) as ContractCall;
        contractCalls.push({ ...body, authorization: request.headers.authorization });
        const text = `${STAND_IN_MARK[body.target] ?? `[${body.target}]`} ${body.text}`;
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ text, detectedLanguage: 'ru' }));
        return;
      }
      if (request.method !== 'POST' || request.url !== '/translate') {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as TranslateCall;
      calls.push(body);
      if (state.mode === 'hang') return;
      if (state.mode === 'down') {
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"model not loaded"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          translatedText: `${STAND_IN_MARK[body.target] ?? `[${body.target}]`} ${body.q}`,
          detectedLanguage: { confidence: 90, language: 'zh' },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    contractCalls,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
