import type { Clock } from '../../src/clock.js';

/** A clock that stands still until moved. */
export class FixedClock implements Clock {
  private current: Date;

  constructor(start: string | Date = '2026-11-30T02:00:00.000Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: string | Date): void {
    this.current = new Date(at);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
