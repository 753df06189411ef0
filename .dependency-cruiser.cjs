/** Module boundaries (ARCHITECTURE.md, "Rules that keep rooms apart"), checked in CI. */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      comment: 'A module uses another module only through its index.ts, never its tables, repository or routes.',
      severity: 'error',
      from: { path: '^apps/api/src/modules/([^/]+)/' },
      to: {
        path: '^apps/api/src/modules/([^/]+)/',
        pathNot: ['^apps/api/src/modules/$1/', '^apps/api/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'outside-through-index',
      comment: 'Code outside the modules (app, plugins, demo data) uses a module only through its index.ts.',
      severity: 'error',
      from: { path: '^apps/api/src/(?!modules/)', pathNot: ['^apps/api/src/db/schema\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^apps/api/src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'repository-only-sql',
      comment: 'Only a repository (and the schema list for drizzle-kit) reads table definitions.',
      severity: 'error',
      from: {
        path: '^apps/api/src/',
        pathNot: ['\\.repository\\.ts$', '\\.tables\\.ts$', '^apps/api/src/db/schema\\.ts$'],
      },
      to: { path: '\\.tables\\.ts$' },
    },
    {
      name: 'routes-without-repositories',
      comment: 'Routes parse, call one service function and return its result: they never query.',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'web-module-through-index',
      comment:
        'A web module uses another web module only through its index.ts (its routes and what it shares); app/ and shared/ are open to all.',
      severity: 'error',
      from: { path: '^apps/web/src/modules/([^/]+)/' },
      to: {
        path: '^apps/web/src/modules/([^/]+)/',
        pathNot: ['^apps/web/src/modules/$1/', '^apps/web/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'web-app-through-index',
      comment: 'The shell (app/) and shared/ reach a web module only through its index.ts.',
      severity: 'error',
      from: { path: '^apps/web/src/(app|shared)/' },
      to: { path: '^apps/web/src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'web-not-api',
      comment: 'The web app talks to the API over HTTP and shares only packages/.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'packages-stand-alone',
      comment: 'Shared packages depend on no app.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment: 'No runtime import cycles (a type-only reference back, such as AppContext, is harmless).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist'] },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
};
