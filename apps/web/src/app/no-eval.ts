/**
 * The platform's Content-Security-Policy forbids eval. Zod (through @innobridge/contracts) probes for
 * it with `new Function('')` when its first object schema is built, which the browser reports as a
 * CSP violation. Zod reads this global config (the one `z.config()` writes), so declaring `jitless`
 * before any schema exists skips the probe. main.tsx imports it before loading the rest of the app.
 */
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

export {};
