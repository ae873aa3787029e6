/** The bundled worker entries a lint run starts threads from. */
export interface BundledWorkers {
  /** src/token-worker.ts: counts tokens. */
  tokens: URL;
  /** src/parse-worker.ts: parses ticket files alongside the main thread. */
  parse: URL;
}

/**
 * Where the bundled workers are, seen from a bundled entry: dist/<name>/index.js, `up` being '.' from
 * dist/index.js and '..' from dist/cli/index.js. Built from parts so that the bundler does not mistake
 * them for assets to copy.
 */
export function bundledWorkers(entryUrl: string, up: '.' | '..'): BundledWorkers {
  const at = (name: string): URL => new URL(`${up}/${[name, 'index.js'].join('/')}`, entryUrl);
  return { tokens: at('token-worker'), parse: at('parse-worker') };
}
