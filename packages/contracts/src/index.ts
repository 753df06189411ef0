/**
 * The contracts: every module's schemas and error codes, from the module list (`modules.ts`). A new
 * module adds its folder and one line there; its error table joins ERROR_TABLES below by its name.
 * The web app imports one module's schemas from its subpath (`@innobridge/contracts/<module>`, in
 * package.json's exports), so that a page carries no other module's.
 */
import { type ErrorTable, type FieldProblem, mergeErrorTables } from './common/error-table.js';
import * as contracts from './modules.js';

export * from './modules.js';

type Contracts = typeof contracts;
/** The names of the modules' error tables: `<module>Errors`, exported from the module's folder. */
type ErrorTableName = {
  [Name in keyof Contracts]: Name extends `${string}Errors`
    ? Contracts[Name] extends ErrorTable
      ? Name
      : never
    : never;
}[keyof Contracts];

/** Each module's error codes, by module. */
export const ERROR_TABLES = Object.fromEntries(
  Object.entries(contracts).flatMap(([name, value]) => {
    const module = /^(\w+)Errors$/.exec(name)?.[1];
    return module && isErrorTable(value) ? [[module, value]] : [];
  }),
) as { readonly [Name in ErrorTableName as Name extends `${infer Module}Errors` ? Module : never]: Contracts[Name] };

function isErrorTable(value: unknown): value is ErrorTable {
  return (
    typeof value === 'object' && value !== null && Object.values(value).every((status) => typeof status === 'number')
  );
}

/** Every error code the API answers with, and its HTTP status. */
export const ERROR_STATUS = mergeErrorTables(ERROR_TABLES);

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** The body of every error answer (RFC 9457 problem details). */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  requestId?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
};
