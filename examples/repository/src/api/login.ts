export interface Credentials {
  email: string;
  password: string;
}

export async function login(credentials: Credentials): Promise<string> {
  if (!credentials.email.includes('@')) throw new Error('invalid e-mail');
  return `session-for-${credentials.email}`;
}
