/**
 * The log's serialiser for errors. A failed SQL statement carries the values it was given (drizzle's
 * DrizzleQueryError puts them in `params` and in its message, PGlite's errors in `params`, and
 * PostgreSQL's own `detail` repeats a row's values: "Key (email)=(…) already exists"), and those are
 * personal data and password hashes. Only the fields named here are written; the rest never are.
 */
const KEPT_FIELDS = [
  'code',
  'statusCode',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'routine',
  'query',
] as const;

const REDACTED = '[redacted]';

// drizzle writes "Failed query: <sql>\nparams: <values>" into the message, and so into the stack too.
const redactText = (text: string) =>
  text.replace(/\nparams: [\s\S]*?(?=\n {4}at |\ncaused by: |$)/g, `\nparams: ${REDACTED}`);

type ErrorLike = { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown; [key: string]: unknown };

const isErrorLike = (value: unknown): value is ErrorLike =>
  typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';

type SerializedError = { type: string; message: string; stack: string; [key: string]: unknown };

export function serializeError(err: Error): SerializedError {
  return serialize(err, 0) as SerializedError;
}

function serialize(err: unknown, depth: number): unknown {
  if (!isErrorLike(err)) return err;
  const out: SerializedError = {
    type: String((err as object).constructor?.name ?? err.name),
    message: redactText(String(err.message)),
    stack: typeof err.stack === 'string' ? redactText(err.stack) : '',
  };
  for (const key of KEPT_FIELDS) {
    const value = err[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  // The database's error is usually the cause of the one the app logs.
  if (err.cause !== undefined && depth < 5) out.cause = serialize(err.cause, depth + 1);
  return out;
}
