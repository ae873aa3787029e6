import type { Pointer } from './ticket.js';
import { inFolder } from './commands.js';

/** What a pointer's place says of the folder it is read from (PointerPlace). */
export interface ReadingPlace {
  listedIn?: string | undefined;
  from?: string | undefined;
  documentFolder?: string | undefined;
}

/** A path a command names, read in the folder the command runs in. */
function readIn(folder: string, written: string): Pick<Pointer, 'path' | 'ranIn'> {
  return { path: inFolder(folder, written), ranIn: { folder, written } };
}

/**
 * Where the place says a path is read from, when not where its markup says: a bare name in the folder of
 * its list's path before it, a path in the folder a `cd` took the command to, a link in the folder of the
 * document its list item describes.
 */
export function placeOfReading(place: ReadingPlace, pointer: Pointer): Partial<Pointer> {
  if (place.listedIn !== undefined && pointer.base === 'root' && !pointer.path.includes('/')) return { path: `${place.listedIn}/${pointer.path}`, shorthandOf: pointer.path };
  if (place.from && pointer.base === 'root' && !/^[/~]|^[A-Za-z]:\//.test(pointer.path)) return readIn(place.from, pointer.path);
  return place.documentFolder !== undefined && pointer.base === 'ticket' ? readInDocument(place.documentFolder, pointer.path) : {};
}

/** A link of a document a list item describes, read from the document's folder (Pointer.linkAsWritten); nothing above the root. */
function readInDocument(folder: string, written: string): Partial<Pointer> {
  const path = inFolder(folder, written);
  return path.startsWith('../') ? {} : { path, base: 'root', linkAsWritten: written };
}
