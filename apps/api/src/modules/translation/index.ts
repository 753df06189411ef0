// What the app may use of machine translation: its routes, given how to read another module's texts.
export { registerTranslationRoutes, type TranslationModuleDeps } from './translation.routes.js';
