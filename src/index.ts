import { bundledTokenWorker } from './host/token-worker.js';
import { run } from './main.js';

await run(process.env, bundledTokenWorker(import.meta.url, '.'));
// A request the API never answered may still hold a socket or a retry timer; the step is over.
process.exit();
