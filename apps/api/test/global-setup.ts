import type { TestProject } from 'vitest/node';
import { preparePgliteSnapshot, preparePostgresTemplate } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresUrl: string;
    postgresTemplate: string;
  }
}

/** Migrates the template database once for the whole run; drops it at the end of the run. */
export default async function setup(project: TestProject) {
  const postgresUrl = process.env.TEST_DATABASE_URL ?? '';
  if (postgresUrl) {
    const template = await preparePostgresTemplate(postgresUrl);
    project.provide('postgresUrl', postgresUrl);
    project.provide('postgresTemplate', template.name);
    project.provide('pgliteSnapshot', '');
    return template.drop;
  }
  project.provide('pgliteSnapshot', await preparePgliteSnapshot());
  project.provide('postgresUrl', '');
  project.provide('postgresTemplate', '');
}
