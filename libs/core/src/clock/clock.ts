/**
 * The time as the domain sees it. Injected everywhere a rule depends on "now", so that tests move
 * the clock instead of sleeping.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
