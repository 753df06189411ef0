import type { TestProject } from 'vitest/node';
import { preparePgliteSnapshot, preparePostgresTemplate } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresUrl: string;
  }
}

/** Migrates the template database once for the whole run. */
export default async function setup(project: TestProject) {
  const postgresUrl = process.env.TEST_DATABASE_URL ?? '';
  if (postgresUrl) {
    await preparePostgresTemplate(postgresUrl);
    project.provide('postgresUrl', postgresUrl);
    project.provide('pgliteSnapshot', '');
  } else {
    project.provide('pgliteSnapshot', await preparePgliteSnapshot());
    project.provide('postgresUrl', '');
  }
}
