import { Clock } from '@app/workflow';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  constructor(private at = new Date('2026-06-01T08:00:00Z')) {
    super();
  }

  protected current(): Date {
    return new Date(this.at);
  }

  set(at: Date | string): void {
    this.at = new Date(at);
  }

  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}
