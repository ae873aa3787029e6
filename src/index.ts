import packageJson from '../package.json' with { type: 'json' };
import { bundledWorkers } from './host/bundled-workers.js';
import { run } from './main.js';

await run(process.env, bundledWorkers(import.meta.url, '.'), packageJson.version);
// A request the API never answered may still hold a socket or a retry timer; the step is over.
process.exit();
