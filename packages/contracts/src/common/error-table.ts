/**
 * Error codes are declared per module (`<module>/<module>.errors.ts`) and merged into one table in the
 * package's index. The code is the stable, machine-readable part of a problem+json answer; its message
 * lives in packages/i18n under the `errors` namespace, so the web app shows the same words for the
 * same code.
 */

/** The HTTP statuses an error code may answer with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 503;

/** One module's error codes and their HTTP statuses. */
export type ErrorTable = Readonly<Record<string, ErrorStatus>>;

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** Every module's codes in one table, typed as the union of their codes. */
export type MergedErrors<Tables extends Record<string, ErrorTable>> = UnionToIntersection<Tables[keyof Tables]>;

/**
 * Merges the modules' tables into one. A code declared by two modules would silently take one of the
 * two statuses, so it stops the package from loading instead.
 */
export function mergeErrorTables<const Tables extends Record<string, ErrorTable>>(
  tables: Tables,
): MergedErrors<Tables> {
  const merged: Record<string, ErrorStatus> = {};
  const owner: Record<string, string> = {};
  for (const [module, table] of Object.entries(tables)) {
    for (const [code, status] of Object.entries(table)) {
      if (code in merged) throw new Error(`error code ${code} is declared by both ${owner[code]} and ${module}`);
      merged[code] = status;
      owner[code] = module;
    }
  }
  return merged as MergedErrors<Tables>;
}

/** One field-level problem in a validation answer. */
export type FieldProblem = { path: string; code: string; message: string };
