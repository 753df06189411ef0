import type { FieldProblem } from '@innobridge/contracts';
import { i18n } from '../app/i18n.js';

/** An error answer of the API (RFC 9457 problem details), already in the reader's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldProblems: FieldProblem[];
  /** The whole problem document, for members some errors add (e.g. `existingOrganizationId`). */
  readonly problem: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    code: string,
    detail: string,
    fieldProblems: FieldProblem[] = [],
    problem: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldProblems = fieldProblems;
    this.problem = problem;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const API_BASE = '/api/v1';

/** Calls the platform's API in the reader's language; resolves with the JSON body, or undefined for 204. */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('web:problem.network'));
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  throw await readProblem(response);
}

async function readProblem(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as Record<string, unknown> & {
        code?: string;
        detail?: string;
        errors?: FieldProblem[];
      };
      if (problem.code && problem.detail) {
        return new ApiError(response.status, problem.code, problem.detail, problem.errors ?? [], problem);
      }
    } catch {
      // Not a problem document after all: fall through to the generic message.
    }
  }
  return new ApiError(response.status, 'unexpected', i18n.t('web:problem.unexpected', { status: response.status }));
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: (path: string) => apiRequest<void>('DELETE', path),
};

/** Builds a query string from the defined values only. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
