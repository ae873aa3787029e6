/** Where a report's text goes, a piece at a time (stdout, a file). */
export type TextSink = (text: string) => void;

/** Collects pieces into blocks of about `size` characters before passing them on: one write a block, not a piece. */
export function inBlocks(out: TextSink, size = 64 * 1024): { write: TextSink; flush(): void } {
  let pieces: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (length === 0) return;
    out(pieces.join(''));
    pieces = [];
    length = 0;
  };
  return {
    write(text) {
      pieces.push(text);
      length += text.length;
      if (length >= size) flush();
    },
    flush,
  };
}

/** Everything a writer writes, as one string. */
export function textWrittenBy(write: (out: TextSink) => void): string {
  const pieces: string[] = [];
  write((text) => pieces.push(text));
  return pieces.join('');
}
