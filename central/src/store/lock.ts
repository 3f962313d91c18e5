/**
 * A first-come, first-served async lock: `run` waits for every earlier
 * holder to finish, so the awaits inside one holder never interleave with
 * another's statements.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve();

  run<T>(work: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(() => work());
    // The next holder waits for this one whether it succeeds or fails.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
