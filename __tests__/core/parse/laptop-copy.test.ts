import { describe, expect, it } from '@jest/globals';
import { cdTarget, copyByItsPaths } from '../../../src/core/parse/laptop-copy.js';

/** A repository with `web/` and a root `scripts/` (round 17's 6sLOGAN78/devrag-mvp, reduced). */
const TRACKED = new Set(['web/src/pages/dataset/dataset.live.test.ts', 'web/package.json', 'scripts/seed.sh', 'package.json']);
const hints = { topLevelEntries: new Set(['web', 'scripts', 'package.json']), isTrackedFile: (file: string) => TRACKED.has(file) };

describe('cdTarget', () => {
  it('reads the target of a cd, quoted as one word with its spaces, or bare; in a subshell too', () => {
    expect(cdTarget(' cd "/home/logan78/desktop x/devRag_@/web" ')).toEqual({ target: '/home/logan78/desktop x/devRag_@/web', at: 5 });
    expect(cdTarget("cd '/Users/ana/My Projects/app'")).toEqual({ target: '/Users/ana/My Projects/app', at: 4 });
    expect(cdTarget('(cd server ')).toEqual({ target: 'server', at: 4 });
    expect(cdTarget(' npm test ')).toBeUndefined();
  });
});

describe('copyByItsPaths', () => {
  it('takes a folder on the author\'s machine for the copy of the repository folder under which the command then names a tracked file (held out: devrag-mvp 03-30-PLAN.md:96)', () => {
    expect(copyByItsPaths('/home/logan78/desktop x/devRag_@/web', [' npm run test -- --run src/pages/dataset/dataset.live.test.ts 2>', '1 ', ' tail -8'], hints)).toBe('web');
  });
  it('follows a later cd from it: the root, when the files are tracked under the folder it enters (held out: devrag-mvp 03-26-PLAN.md:71)', () => {
    expect(copyByItsPaths('/home/logan78/desktop x/devRag_@', [' (set -o pipefail', ' make up 2>', ' cd web ', ' npm run test:live -- src/pages/dataset/dataset.live.test.ts'], hints)).toBe('');
  });
  it('takes no name alone for evidence: any project has a package.json', () => {
    expect(copyByItsPaths('/Users/ana/code/other', [' cat package.json'], hints)).toBeUndefined();
  });
  it('leaves a server\'s folders and paths not tracked there alone', () => {
    expect(copyByItsPaths('/var/www/app', [' bash scripts/seed.sh'], hints)).toBeUndefined();
    expect(copyByItsPaths('/home/ana/app', [' bash scripts/other.sh'], hints)).toBeUndefined();
    expect(copyByItsPaths('/home/ana/app', [' cd /tmp ', ' bash scripts/seed.sh'], hints)).toBeUndefined();
  });
});
