/**
 * Runs `fn` over `items` with at most `limit` calls in flight and returns the results in input
 * order. When `signal` aborts, no further item starts; the calls already in flight are awaited
 * (an apply that has left must be known before a rollback decides what to undo), then the
 * signal's reason is thrown. The first failure also stops new starts and is rethrown after the
 * in-flight calls settle.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure && !signal?.aborted) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  if (signal?.aborted) throw signal.reason;
  return results;
}

/** How many API requests deploy keeps in flight: enough to hide latency, few enough not to trip API priority and fairness. */
export const API_CONCURRENCY = 12;
