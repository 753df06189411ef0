// Runs before any other module is evaluated: see no-eval.ts.
import './app/no-eval.js';

void import('./app/start.js');
