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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const API_BASE = '/api/v1';

async function send(method: Method, path: string, body: unknown, accept: string, base = API_BASE): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': i18n.language };
  // A form (multipart upload) sets its own content type, with the boundary.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('app:problem.network'));
  }
  if (!response.ok) throw await readProblem(response);
  return response;
}

/**
 * Calls the platform's API in the reader's language; resolves with the JSON body, or undefined for 204.
 * A `FormData` body is sent as `multipart/form-data`, in the order its fields were appended.
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body, 'application/json');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A GET of the development API (`/api/dev/…`), outside the versioned one, answered and failing alike. */
export async function devApiGet<T>(path: string): Promise<T> {
  const response = await send('GET', path, undefined, 'application/json', '/api/dev');
  return (await response.json()) as T;
}

/** The file name a download announces in `Content-Disposition` (RFC 6266, with `filename*` preferred). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1]?.trim() || fallback;
}

/**
 * Downloads a file the API answers with (an export, in the reader's language) and hands it to the
 * browser as a download, under the name the API gave it.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const response = await send('GET', path, undefined, '*/*');
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the object URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return fileName;
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
  return new ApiError(response.status, 'unexpected', i18n.t('app:problem.unexpected', { status: response.status }));
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  /** A multipart form: its fields go in the order they were appended (the API reads `kind` before `file`). */
  upload: <T>(path: string, form: FormData) => apiRequest<T>('POST', path, form),
  /** A DELETE carries a body only when given one (a fresh second factor's code). */
  delete: (path: string, body?: unknown) => apiRequest<void>('DELETE', path, body),
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
