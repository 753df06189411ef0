import swaggerUi from '@fastify/swagger-ui';
import { LOCALES, type Locale } from '@innobridge/contracts';
import { resources } from '@innobridge/i18n';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLocale } from '../lib/i18n.js';

type Operation = { tags?: string[]; summary?: string; description?: string };
type Document = {
  info?: { title?: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, Operation>>;
  components?: { securitySchemes?: Record<string, { description?: string }> };
};

const messagesOf = (locale: Locale) => resources[locale].apidocs;
type TagCode = keyof ReturnType<typeof messagesOf>['tag'];
const isTagCode = (tag: string): tag is TagCode => tag in resources.en.apidocs.tag;

/**
 * The OpenAPI document in the reader's language: its description, its sections (tags, named and
 * described), its operations' summaries and its sign-in schemes. Paths, schemas, field
 * descriptions and codes stay as the API speaks them. An operation without a translation keeps its
 * English summary (the locale test lists them).
 */
export function localizeDocument<T>(input: T, locale: Locale): T {
  const document = input as Document;
  const m = messagesOf(locale);
  const tagName = (tag: string) => (isTagCode(tag) ? m.tag[tag].name : tag);
  document.info = { ...document.info, title: m.title, description: m.description };
  const used = new Set<string>();
  const summaries: Record<string, string> = m.operation;
  const descriptions: Record<string, string> = m.operationDescription;
  for (const [path, methods] of Object.entries(document.paths ?? {}))
    for (const [method, operation] of Object.entries(methods)) {
      for (const tag of operation.tags ?? []) used.add(tag);
      if (operation.tags) operation.tags = operation.tags.map(tagName);
      const key = `${method.toUpperCase()} ${path}`;
      if (locale === 'en') continue; // The routes' own words.
      if (summaries[key]) operation.summary = summaries[key];
      if (descriptions[key]) operation.description = descriptions[key];
    }
  document.tags = Object.keys(m.tag)
    .filter((tag) => used.has(tag))
    .map((tag) => ({ name: tagName(tag), description: isTagCode(tag) ? m.tag[tag].description : undefined }));
  const schemes = document.components?.securitySchemes;
  if (schemes?.apiToken) schemes.apiToken.description = m.apiToken;
  if (schemes?.session) schemes.session.description = m.session;
  return input;
}

/** The language asked for with `?lang=`, else the request's (Accept-Language, then the user's). */
export function documentationLocale(request: FastifyRequest): Locale {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  return isLocale(asked) ? asked : request.locale;
}

/**
 * The docs tool (Swagger UI) has no languages of its own: this script, served beside it, sets the
 * page's language, puts the tool's own words (buttons, headings) in the reader's language and links
 * the other languages' pages.
 */
function pageScript(locale: Locale): string {
  const m = messagesOf(locale);
  const words = locale === 'en' ? {} : m.tool;
  const others = LOCALES.filter((other) => other !== locale).map((other) => ({
    href: `/api/docs/${other}/`,
    lang: other,
    text: resources[other].app.languageName[other],
  }));
  return `(() => {
  const words = ${JSON.stringify(words)};
  document.documentElement.lang = ${JSON.stringify(locale)};
  const nav = document.createElement('nav');
  nav.style.cssText = 'font-family: sans-serif; padding: 8px 20px; text-align: right';
  nav.append(${JSON.stringify(m.otherLanguages)} + ' ');
  for (const other of ${JSON.stringify(others)}) {
    const a = document.createElement('a');
    a.href = other.href; a.lang = other.lang; a.textContent = other.text; a.style.marginLeft = '8px';
    nav.append(a);
  }
  document.body.prepend(nav);
  const translate = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue.trim();
      if (Object.hasOwn(words, text)) node.nodeValue = node.nodeValue.replace(text, words[text]);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const name of ['placeholder', 'title', 'aria-label']) {
      const value = node.getAttribute(name);
      if (value && Object.hasOwn(words, value)) node.setAttribute(name, words[value]);
    }
    for (const child of node.childNodes) translate(child);
  };
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'characterData') translate(change.target);
      for (const node of change.addedNodes) translate(node);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})();
`;
}

/** The docs UI at /api/docs/{ru,zh,en}/, and /api/docs sending each reader to their language. */
export async function registerDocsUi(app: FastifyInstance) {
  for (const locale of LOCALES) {
    // One UI per language, each in a scope of its own (the plugin decorates its instance).
    await app.register(async (scope) => {
      scope.addHook('onSend', async (_request, reply, payload) =>
        typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('text/html')
          ? payload.replace('<html lang="en">', `<html lang="${locale}">`)
          : payload,
      );
      await scope.register(swaggerUi, {
        routePrefix: `/api/docs/${locale}`,
        staticCSP: true,
        // Past 150 sections and operations the tool draws only what is on screen; the filter box finds
        // a section without scrolling through the rest.
        uiConfig: { filter: true },
        theme: {
          title: messagesOf(locale).pageTitle,
          js: [{ filename: 'language.js', content: pageScript(locale) }],
        },
        transformSpecification: (document) => localizeDocument(document, locale),
      });
    });
  }
  const toReadersLanguage = async (request: FastifyRequest, reply: import('fastify').FastifyReply) =>
    reply.redirect(`/api/docs/${documentationLocale(request)}/`);
  app.get('/api/docs', { schema: { hide: true } }, toReadersLanguage);
  app.get('/api/docs/', { schema: { hide: true } }, toReadersLanguage);
}
