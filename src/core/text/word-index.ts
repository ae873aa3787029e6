/**
 * Where each word stands in a set of texts, so that many words can be looked for in many texts in
 * time linear in the texts and the words, not their product. A word here is a run of the characters a
 * `WordCharacters` names, read one UTF-16 unit at a time (a lone half of a surrogate pair is not a
 * word character); a text mentions a string where it stands with no word character right before or
 * right after it.
 */
export interface WordCharacters {
  /** One word character (a UTF-16 unit). */
  one: RegExp;
  /** Runs of them, global. */
  runs: RegExp;
}

/** Letters, digits, `-` and `_`: what an id is made of (`T-12`, `task_3`, `2.1` is two words). */
export const ID_CHARACTERS: WordCharacters = { one: /^[\p{L}\p{N}_-]$/u, runs: /(?:(?=[\0-\uFFFF])[\p{L}\p{N}_-])+/gu };

/** Letters and digits: what a file name is made of between its dots, dashes and underscores. */
export const NAME_CHARACTERS: WordCharacters = { one: /^[\p{L}\p{N}]$/u, runs: /(?:(?=[\0-\uFFFF])[\p{L}\p{N}])+/gu };

/**
 * How many strings are looked for by scanning every text before the index is built: a pull request's
 * few ids are found by the engine's own `indexOf` sooner than every word of a thousand tickets is
 * indexed; past this many, the index makes each further lookup cheap, and the total stays linear.
 */
const SCANS_BEFORE_INDEX = 32;

export class WordIndex {
  /** For each word, where it stands: text index and offset, one pair after the other; built on the first lookup past SCANS_BEFORE_INDEX. */
  private places: Map<string, number[]> | undefined;
  private scans = 0;

  constructor(
    private readonly texts: readonly string[],
    private readonly characters: WordCharacters,
    private readonly scansBeforeIndex = SCANS_BEFORE_INDEX,
  ) {}

  private index(): Map<string, number[]> {
    if (this.places) return this.places;
    const places = new Map<string, number[]>();
    this.texts.forEach((text, textIndex) => {
      for (const match of text.matchAll(this.characters.runs)) {
        const list = places.get(match[0]);
        if (list) list.push(textIndex, match.index);
        else places.set(match[0], [textIndex, match.index]);
      }
    });
    this.places = places;
    return places;
  }

  /** The indexes of the texts that mention `wanted` (see the class), in order. */
  textsMentioning(wanted: string): number[] {
    if (this.places === undefined && this.scans < this.scansBeforeIndex) {
      this.scans += 1;
      return this.texts.flatMap((text, index) => (mentions(text, wanted, this.characters) ? [index] : []));
    }
    const placesOf = this.index();
    const words = [...wanted.matchAll(this.characters.runs)];
    if (words.length === 0) return this.texts.flatMap((text, index) => (mentions(text, wanted, this.characters) ? [index] : []));
    const only = words[0];
    if (words.length === 1 && only !== undefined && only[0] === wanted) return distinctTexts(placesOf.get(wanted) ?? []);
    // Where `wanted` stands, each of its words stands whole: look where its rarest word is.
    let rarest = { word: '', offset: 0, places: [] as number[] };
    words.forEach((match, index) => {
      const places = placesOf.get(match[0]) ?? [];
      if (index === 0 || places.length < rarest.places.length) rarest = { word: match[0], offset: match.index, places };
    });
    const found: number[] = [];
    for (let pair = 0; pair < rarest.places.length; pair += 2) {
      const textIndex = rarest.places[pair] ?? 0;
      const start = (rarest.places[pair + 1] ?? 0) - rarest.offset;
      if (found.at(-1) !== textIndex && start >= 0 && standsAt(this.texts[textIndex] ?? '', wanted, start, this.characters)) found.push(textIndex);
    }
    return found;
  }
}

/** `wanted` in `text` with no word character right before or after it (the index's test, by scanning). */
export function mentions(text: string, wanted: string, characters: WordCharacters): boolean {
  for (let index = text.indexOf(wanted); index !== -1; index = text.indexOf(wanted, index + 1)) {
    if (standsAt(text, wanted, index, characters)) return true;
  }
  return false;
}

function standsAt(text: string, wanted: string, start: number, characters: WordCharacters): boolean {
  return text.startsWith(wanted, start) && !characters.one.test(text.charAt(start - 1)) && !characters.one.test(text.charAt(start + wanted.length));
}

/** The text indexes of a places list, once each (they come in order). */
function distinctTexts(places: readonly number[]): number[] {
  const found: number[] = [];
  for (let pair = 0; pair < places.length; pair += 2) {
    const textIndex = places[pair] ?? 0;
    if (found.at(-1) !== textIndex) found.push(textIndex);
  }
  return found;
}
