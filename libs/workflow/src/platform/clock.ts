import { AsyncLocalStorage } from 'node:async_hooks';

const replayed = new AsyncLocalStorage<Date>();

/** Time comes from here, so tests can set it. */
export abstract class Clock {
  now(): Date {
    const at = replayed.getStore();
    return at ? new Date(at) : this.current();
  }

  /**
   * Runs work as if it happened at `at`: every service reading this clock inside `work`, and in
   * whatever it awaits, sees that time. The demo tells the history of its projects this way, so
   * that deadlines, publicity periods and revisits lie where they would have.
   */
  replay<T>(at: Date, work: () => Promise<T>): Promise<T> {
    return replayed.run(new Date(at), work);
  }

  protected abstract current(): Date;
}

export class SystemClock extends Clock {
  protected current(): Date {
    return new Date();
  }
}
