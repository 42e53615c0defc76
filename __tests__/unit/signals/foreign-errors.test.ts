import { Signal, ThrownValueError } from 'signalbox';

// API.md "Signals": sendRobust/sendAsyncRobust — "a throw becomes that receiver's result (an
// Error; a non-Error throw is wrapped in one that keeps it as cause)". Under Jest, Node's own
// DOMExceptions (an aborted fetch, AbortSignal.timeout, structuredClone) come from the outer realm:
// they are Errors, yet the test realm's `instanceof Error` and the "[object Error]" tag miss them.
describe('a receiver that throws an AbortError DOMException', () => {
  const abortError = () => AbortSignal.abort().reason as DOMException;

  it('sendRobust keeps it as that receiver’s result instead of wrapping it as a non-Error', () => {
    const fetched = new Signal<void>('review_fetched');
    fetched.connect(() => {
      throw abortError();
    });

    const [[, result]] = fetched.sendRobust(null) as [[unknown, unknown]];

    expect(result).not.toBeInstanceOf(ThrownValueError);
    expect((result as DOMException).name).toBe('AbortError');
  });

  it('sendAsyncRobust keeps a rejection with it as it is', async () => {
    const fetched = new Signal<void>('review_fetched_async');
    fetched.connect(async () => {
      throw abortError();
    });

    const [[, result]] = (await fetched.sendAsyncRobust(null)) as [[unknown, unknown]];

    expect(result).not.toBeInstanceOf(ThrownValueError);
    expect((result as DOMException).name).toBe('AbortError');
  });
});
