import { bundledTokenWorker } from './host/token-worker.js';
import { run } from './main.js';

await run(process.env, bundledTokenWorker(import.meta.url, '.'));
