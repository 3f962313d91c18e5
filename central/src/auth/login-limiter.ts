/** Failed logins allowed per username and address within the window. */
export const LOGIN_LIMIT = { failures: 5, windowMs: 15 * 60_000 } as const;

/**
 * Counts failed logins per username and client address in memory, so that
 * guessing a password costs time. A success clears the count.
 *
 * TODO(multi-node): the counts live in one process; several central nodes
 * (or a restart) each start afresh.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => Date) {}

  isLimited(username: string, address: string): boolean {
    return this.recent(keyOf(username, address)).length >= LOGIN_LIMIT.failures;
  }

  recordFailure(username: string, address: string): void {
    const key = keyOf(username, address);
    this.failures.set(key, [...this.recent(key), this.now().getTime()]);
  }

  clear(username: string, address: string): void {
    this.failures.delete(keyOf(username, address));
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - LOGIN_LIMIT.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

function keyOf(username: string, address: string): string {
  return `${username.toLowerCase()}\n${address}`;
}
