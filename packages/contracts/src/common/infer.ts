/**
 * The output type of a contracts schema (what the API answers with), without a direct dependency on
 * zod: the web app types its responses with it, `Out<typeof Opportunity>`.
 */
export type Out<Schema extends { parse: (value: unknown) => unknown }> = ReturnType<Schema['parse']>;
