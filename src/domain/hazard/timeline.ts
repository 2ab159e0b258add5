import type { HazardAction } from './hazard-actions.js';
import type { HazardStatus } from './hazard.js';

/** One thing that happened to a hazard, as told in its thread, its history and people's DMs. */
export interface TimelineEntry {
  readonly kind: HazardAction | 'register' | 'start_rectification' | 'tier_changed';
  readonly actor: string;
  /** The hazard's state after it happened. */
  readonly status: HazardStatus;
  /** What the message needs: numbers, dates (YYYY-MM-DD), reasons, pass/fail … (flat, serialisable). */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}
