/** Realistic tickets for the CLI and action tests: GOOD is clean, BAD has structure problems only. */
export const GOOD = `---
id: T-1
---
# Log in with e-mail

## Goal
Users log in with their e-mail address and password, and a failed attempt says which of the two was wrong.

## Context Pointers
- \`src/login.ts\` — the handler to change

## Acceptance Criteria
- [ ] A wrong password answers 401 with "wrong password"
- [ ] \`npm test\` passes
`;

export const BAD = `# Log out

## Goal
Users log out from every page of the web app, etc.

## Acceptance Criteria
- [ ] The session cookie is cleared on log-out
- [ ] The next request answers 401
`;

/** A source file for GOOD to point at. */
export const LOGIN_SOURCE = 'export async function login(email: string, password: string): Promise<string> {\n  return `${email}:${password}`;\n}\n';
