const sessions = new Map<string, number>();

export function startSession(id: string, now = Date.now()): void {
  sessions.set(id, now);
}

export function isExpired(id: string, now = Date.now(), maxAgeMs = 86_400_000): boolean {
  const started = sessions.get(id);
  return started === undefined || now - started > maxAgeMs;
}
