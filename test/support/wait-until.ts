export interface WaitOptions {
  /** How long to keep asking before failing the test. */
  timeoutMs?: number;
  /** How long to pause between two questions. */
  intervalMs?: number;
}

/**
 * Asks `probe` again and again until it answers something other than `false` or `undefined`, and
 * returns that answer: for what another process (a worker, the SMTP server) does in its own time.
 * Fails after `timeoutMs`, saying how long it waited.
 */
export async function waitUntil<T>(
  probe: () => Promise<T | false | undefined>,
  { timeoutMs = 20_000, intervalMs = 100 }: WaitOptions = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const answer = await probe();
    if (answer !== false && answer !== undefined) return answer;
    if (Date.now() > until) throw new Error(`waitUntil: the condition did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
