import { Clock } from '@leadrelay/core';

/** The clock the API reads; the test moves it (`at`, or `advance`). */
export class MovableClock extends Clock {
  at = Date.now();

  now(): Date {
    return new Date(this.at);
  }

  advance(ms: number): void {
    this.at += ms;
  }
}
