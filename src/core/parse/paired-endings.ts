/**
 * `Source/UI/MidiRowView.h/.cpp`: a last part that is an ending alone names the file before it with that
 * ending too, as a C or C++ author names a header and its source at once. Undefined for any other path
 * (`config/.env` is a file of its own).
 */
export function pairedEndings(written: string): [string, string] | undefined {
  const slash = written.lastIndexOf('/');
  const ending = written.slice(slash + 1);
  if (slash <= 0 || !/^\.[A-Za-z0-9]{1,8}$/.test(ending)) return undefined;
  const file = written.slice(0, slash);
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') + 1 && /^\.[A-Za-z0-9]{1,8}$/.test(file.slice(dot)) ? [file, file.slice(0, dot) + ending] : undefined;
}
