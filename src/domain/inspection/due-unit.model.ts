import type { Unit } from '../unit/unit.js';
import type { PeriodStanding } from './period.js';

/** A unit still due an inspection in its current period (`/inspect due`), and the inspection planned for it, if any. */
export interface DueUnit {
  readonly unit: Pick<Unit, 'id' | 'name' | 'town' | 'tier'>;
  readonly standing: PeriodStanding;
  readonly planned: { readonly number: string; readonly date: string; readonly inspectors: readonly string[] } | null;
}
