import type { ErrorCode, FieldProblem } from '@innobridge/contracts';

/** A field problem before translation: the message key under `errors:field.*` and its parameters. */
/** A parameter may be a message key of its own (`{ key }`), translated in the same language. */
export type FieldIssue = {
  path: string;
  code: string;
  params?: Record<string, string | number | { key: string; ns?: 'common' | 'errors' }>;
};

/**
 * The one error type of the platform. The error handler turns it into problem+json: the status
 * comes from the code, the message from the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      /** Interpolated into the localised message; a `{ key }` is itself translated (a status label, say). */
      params?: Record<string, string | number | { key: string; ns?: 'common' | 'errors' }>;
      /** Extra members of the problem body (for example the existing organisation's id). */
      extra?: Record<string, unknown>;
      fields?: FieldIssue[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export type { FieldProblem };
