const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < BASE64_DIGITS.length; digit++) BASE64_VALUE[BASE64_DIGITS.charCodeAt(digit)] = digit;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const NO_ENTRY = -1;

function base64Value(code: number): number {
  return code < 128 ? (BASE64_VALUE[code] ?? -1) : -1;
}

/** The bytes of one token or key, in a buffer used again from one to the next. */
class Bytes {
  values = new Uint8Array(256);
  length = 0;

  push(byte: number): void {
    if (this.length === this.values.length) {
      const larger = new Uint8Array(this.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = byte;
  }

  /** FNV-1a. */
  hash(): number {
    let hash = 0x811c9dc5 | 0;
    for (let at = 0; at < this.length; at++) hash = Math.imul(hash ^ (this.values[at] ?? 0), 16_777_619);
    return hash;
  }

  equals(other: Bytes): boolean {
    if (this.length !== other.length) return false;
    for (let at = 0; at < this.length; at++) if (this.values[at] !== other.values[at]) return false;
    return true;
  }
}

/**
 * js-tiktoken's rank table, read where it lies in the rank data instead of copied out of it: it
 * answers `get` as `Tiktoken.rankMap` does, for keys as js-tiktoken makes them (a piece's bytes
 * joined by commas). A Map of o200k_base is 200,000 strings made from base64, 115 ms to build and
 * then garbage to collect; this is a hash of each token's bytes pointing back at its base64 in the
 * data, built in about a third of the time (40 ms cold) in 5 MiB. A one-ticket run waits for it.
 *
 * The data is lines of `<marker> <first rank> <token> <token> …`, each token the base64 of its bytes,
 * ranks counting up from the first. A token listed twice keeps its last rank, as in js-tiktoken.
 */
export class RankTable {
  readonly size: number;
  private readonly data: string;
  /** Per entry: where its base64 starts in `data`, its rank, and the hash of its bytes. */
  private readonly starts: Int32Array;
  private readonly ranks: Int32Array;
  private readonly hashes: Int32Array;
  /** Open addressing with linear probing: entry numbers, NO_ENTRY where free. */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly sought = new Bytes();
  private readonly stored = new Bytes();

  constructor(bpeRanks: string) {
    this.data = bpeRanks;
    const most = countSpaces(bpeRanks);
    this.starts = new Int32Array(most);
    this.ranks = new Int32Array(most);
    this.hashes = new Int32Array(most);
    let slotCount = 16;
    while (slotCount < most * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount).fill(NO_ENTRY);
    this.slotMask = slotCount - 1;
    this.size = this.fill();
  }

  get(key: string): number | undefined {
    if (!readKey(key, this.sought)) return undefined;
    const hash = this.sought.hash();
    let slot = hash & this.slotMask;
    for (let entry = this.entryAt(slot); entry !== NO_ENTRY; entry = this.entryAt((slot = (slot + 1) & this.slotMask))) {
      if (this.isSought(entry, hash)) return this.ranks[entry];
    }
    return undefined;
  }

  private fill(): number {
    const data = this.data;
    let entries = 0;
    let at = 0;
    while (at < data.length) {
      // A line: its marker, its first rank, then tokens up to the newline.
      at = skipField(data, at);
      if (data.charCodeAt(at) !== SPACE) {
        at++;
        continue;
      }
      let rank = 0;
      for (let code = data.charCodeAt(++at); code >= DIGIT_0 && code <= DIGIT_9; code = data.charCodeAt(++at)) rank = rank * 10 + code - DIGIT_0;
      while (data.charCodeAt(at) === SPACE) {
        const start = ++at;
        decodeToken(data, start, this.sought);
        entries = this.insert(entries, start, rank++, this.sought.hash());
        at = skipField(data, at);
      }
    }
    return entries;
  }

  /** Inserts the token in `sought`; a token already there takes the new rank instead. */
  private insert(entries: number, start: number, rank: number, hash: number): number {
    let slot = hash & this.slotMask;
    for (let entry = this.entryAt(slot); entry !== NO_ENTRY; entry = this.entryAt((slot = (slot + 1) & this.slotMask))) {
      if (this.isSought(entry, hash)) {
        this.ranks[entry] = rank;
        return entries;
      }
    }
    this.starts[entries] = start;
    this.ranks[entries] = rank;
    this.hashes[entries] = hash;
    this.slots[slot] = entries;
    return entries + 1;
  }

  private entryAt(slot: number): number {
    return this.slots[slot] ?? NO_ENTRY;
  }

  private isSought(entry: number, hash: number): boolean {
    if (this.hashes[entry] !== hash) return false;
    decodeToken(this.data, this.starts[entry] ?? 0, this.stored);
    return this.stored.equals(this.sought);
  }
}

function skipField(data: string, at: number): number {
  let end = at;
  for (let code = data.charCodeAt(end); end < data.length && code !== SPACE && code !== NEWLINE; code = data.charCodeAt(++end));
  return end;
}

function decodeToken(data: string, start: number, into: Bytes): void {
  into.length = 0;
  let buffer = 0;
  let bits = 0;
  for (let at = start, value = base64Value(data.charCodeAt(at)); value >= 0; value = base64Value(data.charCodeAt(++at))) {
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      into.push((buffer >> bits) & 0xff);
    }
  }
}

/** A key's bytes into `into`; false for a key js-tiktoken never makes. */
function readKey(key: string, into: Bytes): boolean {
  into.length = 0;
  let byte = 0;
  let digits = 0;
  for (let at = 0; at <= key.length; at++) {
    const code = at === key.length ? COMMA : key.charCodeAt(at);
    if (code === COMMA) {
      if (digits === 0 || byte > 255) return false;
      into.push(byte);
      byte = 0;
      digits = 0;
    } else if (code >= DIGIT_0 && code <= DIGIT_9 && digits < 3 && !(digits === 1 && byte === 0)) {
      byte = byte * 10 + code - DIGIT_0;
      digits++;
    } else {
      return false;
    }
  }
  return true;
}

function countSpaces(text: string): number {
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) spaces++;
  return spaces;
}
