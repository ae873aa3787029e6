import type { Rule } from '../core/engine/rule.js';

export const ticketFile: Rule = {
  meta: {
    id: 'ticket-file',
    severity: 'error',
    description: 'A ticket file can be read as Markdown text: not binary, valid UTF-8, within the size limit; a tool\'s task list holds tasks written its way.',
  },
  checkFile(file) {
    return file.problems
      .filter((problem) => problem.about === 'file')
      .map((problem) => ({ line: problem.line, message: problem.message, ...(problem.severity ? { severity: problem.severity } : {}) }));
  },
};
