/**
 * A sliding-window limit on calls: at most `maxCalls` in any `windowMs`. SCB allows 30 calls per
 * 10 seconds per IP address and answers 429 beyond that.
 */
export class CallWindow {
  private readonly calls: number[] = [];

  constructor(
    private readonly maxCalls: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Waits until a call is allowed, then counts it. */
  async take(): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.calls.length && this.calls[0]! <= t - this.windowMs) this.calls.shift();
      if (this.calls.length < this.maxCalls) {
        this.calls.push(t);
        return;
      }
      await this.sleep(this.calls[0]! + this.windowMs - t);
    }
  }
}
