/** A file name split as typos go: its stem and its extension, both in lower case. */
export function splitName(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? { stem: name.toLowerCase(), extension: '' } : { stem: name.slice(0, dot).toLowerCase(), extension: name.slice(dot + 1).toLowerCase() };
}

/** The edits a stem of this length may be away from the wanted one and still be close (see `nameDistance`). */
export function allowedEdits(stemLength: number): 1 | 2 {
  return stemLength >= 8 ? 2 : 1;
}

/**
 * Names indexed for did-you-mean, so that a missing name is compared with the few names that can be
 * close to it instead of every name. `nameDistance` finds two names close only when they share the
 * stem (another case, a related extension), or share the extension and their stems are at most k
 * edits apart (k = `allowedEdits`, a swap of neighbours counting as one): a name of the same stem is
 * found by the stem, the others by the pigeonhole principle (Li et al., Pass-Join, VLDB 2011): cut a
 * stem into k + 1 pieces, and k edits leave one piece whole, moved by no more edits than there are
 * pieces before it. Each stem is kept cut in two (for k = 1) and in three (for k = 2, and for a swap,
 * which changes two neighbours).
 */
export class NameIndex {
  private readonly byStem = new Map<string, number[]>();
  private readonly byPiece = new Map<string, number[]>();

  constructor(private readonly names: readonly string[]) {
    names.forEach((name, index) => {
      const { stem, extension } = splitName(name);
      push(this.byStem, stem, index);
      for (const parts of [2, 3]) for (const key of pieceKeys(extension, stem.length, parts, (start, length) => [stem.slice(start, start + length)])) push(this.byPiece, key, index);
    });
  }

  /** Every name `nameDistance` may find close to `wanted`, in the order the index was given them (so the first of equally close ones stays first). */
  candidates(wanted: string): string[] {
    const { stem, extension } = splitName(wanted);
    const edits = allowedEdits(stem.length);
    const found = new Set(this.byStem.get(stem));
    const add = (key: string): void => this.byPiece.get(key)?.forEach((index) => found.add(index));
    for (let length = Math.max(0, stem.length - edits); length <= stem.length + edits; length += 1) {
      pieceKeys(extension, length, edits + 1, (start, pieceLength, part) => {
        // Where the piece can stand in the wanted stem (Pass-Join's multi-match-aware window): the
        // edits before it shift it by at most `part`, those after it make up the rest of the length difference.
        const difference = stem.length - length;
        const from = Math.max(0, start - part, start + difference - (edits - part));
        const to = Math.min(stem.length - pieceLength, start + part, start + difference + (edits - part));
        const texts: string[] = [];
        for (let at = from; at <= to; at += 1) texts.push(stem.slice(at, at + pieceLength));
        return texts;
      }).forEach(add);
    }
    // A swap of neighbours changes two of three pieces at most, and moves none.
    if (edits === 1) pieceKeys(extension, stem.length, 3, (start, length) => [stem.slice(start, start + length)]).forEach(add);
    return [...found].sort((a, b) => a - b).map((index) => this.names[index] ?? '');
  }
}

/**
 * The keys of a stem of `length` characters cut into `parts` pieces, `textsOf` giving the texts to
 * key each piece by (its own text when indexing, the wanted stem's texts near its place when
 * searching). A stem too short to cut has one key for its length.
 */
function pieceKeys(extension: string, length: number, parts: number, textsOf: (start: number, length: number, part: number) => string[]): string[] {
  if (length < parts) return [`${extension}\0${length}\0${parts}`];
  const keys: string[] = [];
  const short = Math.floor(length / parts);
  const longFrom = parts - (length % parts);
  for (let part = 0, start = 0; part < parts; part += 1) {
    const pieceLength = part < longFrom ? short : short + 1;
    for (const text of textsOf(start, pieceLength, part)) keys.push(`${extension}\0${length}\0${parts}\0${part}\0${text}`);
    start += pieceLength;
  }
  return keys;
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
