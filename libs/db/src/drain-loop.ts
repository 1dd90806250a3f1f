/**
 * Runs `pass` until it reports no work, then again every `intervalMs`, or at once when woken
 * (after a commit that left work). One pass at a time; `stop()` waits for the one in flight.
 * The shape every "table as its own outbox" needs: the outbox relay, the task dispatcher.
 */
export class DrainLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private wakeRequested = false;

  constructor(
    private readonly options: {
      /** One batch; returns how many rows it handled (0: nothing left for now). */
      pass: () => Promise<number>;
      intervalMs: number;
      onError?: (error: unknown) => void;
    },
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Ask for a pass now instead of at the next tick; a pass in flight is followed by another. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => {
        this.running = undefined;
      });
    }, delay);
  }

  private async drain(): Promise<void> {
    let handled = 0;
    try {
      do {
        this.wakeRequested = false;
        handled = await this.options.pass();
      } while (!this.stopped && (handled > 0 || this.wakeRequested));
    } catch (error) {
      this.options.onError?.(error);
    }
    if (!this.stopped) this.schedule(this.options.intervalMs);
  }
}
