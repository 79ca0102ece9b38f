import { Clock } from '@app/workflow';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  constructor(private current = new Date('2026-06-01T08:00:00Z')) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
