/** "Now" comes only from here, and is read on every use: never cache it (the process clock may be shifted in tests). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
