import { ERROR_STATUS, type FieldProblem, type Locale, type Problem } from '@innobridge/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldIssue } from '../lib/app-error.js';
import { negotiateLocale, translator } from '../lib/i18n.js';

type ZodValidationItem = { keyword: string; instancePath: string; message: string; params: Record<string, unknown> };

/** The field codes of a bound, by what it measures: [over the maximum, under the minimum]. */
const BOUND_CODES: Record<string, [string, string]> = {
  string: ['too_long', 'too_short'],
  number: ['too_large', 'too_small'],
  bigint: ['too_large', 'too_small'],
  array: ['too_many', 'too_few'],
  set: ['too_many', 'too_few'],
};

/** "Too big" and "too small" in the words of what is measured: characters, a number's value, items. */
function boundIssue(item: ZodValidationItem, side: 'maximum' | 'minimum'): Omit<FieldIssue, 'path'> {
  const codes = BOUND_CODES[String(item.params.origin)];
  const limit = Number(item.params[side]);
  if (!codes || !Number.isFinite(limit)) return { code: 'invalid' };
  // The contracts bound only whole numbers, so an exclusive bound (gt, lt) is the next whole number.
  const bound = item.params.inclusive !== false ? limit : side === 'maximum' ? limit - 1 : limit + 1;
  return side === 'maximum' ? { code: codes[0], params: { max: bound } } : { code: codes[1], params: { min: bound } };
}

/** The value the request carried at a validation path (`undefined` when it was not sent). */
function valueAt(input: unknown, instancePath: string): unknown {
  let value = input;
  for (const key of instancePath.split('/').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Turns a zod issue into one of the platform's field codes (errors:field.*). */
function fieldIssueOf(item: ZodValidationItem, input: unknown): FieldIssue[] {
  const path = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
  // Whatever the schema expected, a value that was not sent at all is a missing value.
  if (
    item.keyword !== 'unrecognized_keys' &&
    item.keyword !== 'custom' &&
    valueAt(input, item.instancePath) === undefined
  ) {
    return [{ path, code: 'required' }];
  }
  switch (item.keyword) {
    case 'invalid_type':
      return [{ path, code: 'invalid' }];
    case 'too_small':
      if (item.params.minimum === 1 && item.params.origin === 'string') return [{ path, code: 'required' }];
      return [{ path, ...boundIssue(item, 'minimum') }];
    case 'too_big':
      return [{ path, ...boundIssue(item, 'maximum') }];
    case 'invalid_format':
      return [
        {
          path,
          code:
            item.params.format === 'email' ? 'invalid_email' : item.params.format === 'url' ? 'invalid_url' : 'invalid',
        },
      ];
    case 'invalid_value':
      return [{ path, code: 'invalid_option' }];
    case 'unrecognized_keys':
      return ((item.params.keys as string[] | undefined) ?? []).map((key) => ({
        path: path ? `${path}.${key}` : key,
        code: 'unknown_field',
      }));
    default:
      return [{ path, code: 'invalid' }];
  }
}

/** Parameters in the caller's language: a `{ key }` parameter is a message of its own (a status, a kind). */
function localiseParams(params: FieldIssue['params'], locale: Locale): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'object' ? translator(locale, v.ns ?? 'errors')(v.key) : v,
    ]),
  );
}

function localiseFields(fields: FieldIssue[], locale: Locale): FieldProblem[] {
  const t = translator(locale, 'errors');
  return fields.map((f) => ({
    path: f.path,
    code: f.code,
    message: t(`field.${f.code}`, localiseParams(f.params, locale)),
  }));
}

export function problemOf(error: AppError, locale: Locale, requestId: string): Problem {
  const t = translator(locale, 'errors');
  const status = ERROR_STATUS[error.code];
  const params = { requestId, ...localiseParams(error.options.params, locale) };
  const problem: Problem = {
    type: `https://innobridge.dev/problems/${error.code}`,
    // The title is the same for every occurrence of a problem type (RFC 9457); the detail is specific.
    title: t(`http.${status}`),
    status,
    code: error.code,
    detail: t(error.code, params),
    requestId,
    ...error.options.extra,
  };
  if (error.options.fields?.length) {
    problem.errors = localiseFields(error.options.fields, locale);
    // A validation answer's detail names the first field's problem, so one message is already useful;
    // other answers (a duplicate, say) keep their own, more specific detail.
    if (status === 422) problem.detail = problem.errors[0]?.message ?? problem.detail;
  }
  return problem;
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const problem = problemOf(error, request.locale, request.id);
  for (const [name, value] of Object.entries(error.options.headers ?? {})) reply.header(name, value);
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** One error handler for the whole API: every failure is problem+json in the caller's language. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const input = {
        body: request.body,
        querystring: request.query,
        params: request.params,
        headers: request.headers,
      }[context ?? 'body'];
      const fields = (error.validation as unknown as ZodValidationItem[]).flatMap((item) => fieldIssueOf(item, input));
      const prefixed = context && context !== 'body' ? fields.map((f) => ({ ...f, path: f.path || context })) : fields;
      return sendProblem(request, reply, new AppError('validation_failed', { fields: prefixed }));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendProblem(request, reply, new AppError('bad_request'));
    }
    if (error.statusCode === 413) {
      const max = Math.round(request.routeOptions.bodyLimit / 1024 / 1024);
      return sendProblem(request, reply, new AppError('payload_too_large', { params: { max } }));
    }
    if (error.statusCode === 429) {
      const retryAfter = String(reply.getHeader('retry-after') ?? 60);
      return sendProblem(request, reply, new AppError('rate_limited', { params: { retryAfter } }));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, a malformed multipart body and similar: the client's fault, told plainly.
      return sendProblem(request, reply, new AppError(error.statusCode === 404 ? 'not_found' : 'bad_request'));
    }
    request.log.error({ err: error, requestId: request.id }, 'unexpected error');
    return sendProblem(request, reply, new AppError('internal'));
  });

  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, new AppError('not_found')));
}

/**
 * Errors Fastify meets before a route is found (its `frameworkErrors` option), answered as problem+json
 * like every other: a malformed percent-encoding is a 400; a path parameter over the router's length
 * limit names nothing that can exist, so it is a 404. No hook has run yet, so the language is
 * negotiated here.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.locale = negotiateLocale(request.headers['accept-language']) ?? 'en';
  const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'not_found' : 'bad_request';
  return sendProblem(request, reply, new AppError(code));
}
