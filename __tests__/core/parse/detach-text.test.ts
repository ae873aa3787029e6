import { describe, expect, it } from '@jest/globals';
import { attachText, detachText } from '../../../src/core/parse/build-ticket.js';
import { parseTicketTextOnce, readTicketText } from '../../../src/core/parse/read-ticket-file.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';
import { corpusRepository } from '../../helpers/corpus.js';
import { configOf } from '../../helpers/lint-fixture.js';

/** What a parsing thread sends and the main thread receives: a structured clone. */
const overTheWire = <T>(value: T): T => structuredClone(value);

describe('detachText / attachText (a parsed file sent between threads without its text)', () => {
  it('gives a plan of 60 tickets back exactly as parsed, each ticket its own lines of the text', () => {
    const { repository } = corpusRepository('splkm97-texasholdemcalculator');
    const config = configOf();
    const path = 'specs/001-/tasks.md';
    const read = readTicketText(path, repository, config);
    if (!read.ok) throw new Error(read.reason);
    const parsed = parseTicketTextOnce(path, read.text, repository, config);
    const sent = overTheWire(parsed);

    expect(detachText(sent, read.text)).toBe(true);
    expect(sent.source.text).toBe('');
    expect(sent.tickets.every((ticket) => ticket.text === '')).toBe(true);

    const received = attachText(overTheWire(sent), read.text);
    expect(received).toEqual(parsed);
    expect(received.tickets[0]?.text).toBe('- [ ] T001 Create Vite React TypeScript project structure with src/, tests/, and lib/ directories\n');
  });

  it('leaves a file whose text is not the text given whole: a CRLF file is parsed from its text with LF', () => {
    const text = '# Task\r\n\r\n## Goal\r\nShip it.\r\n';
    const parsed = parseTicketTextOnce('t.md', text, new RepositoryView(inMemoryHost({ 't.md': text })), configOf());
    const sent = overTheWire(parsed);
    expect(detachText(sent, text)).toBe(false);
    expect(sent).toEqual(parsed);
  });
});
