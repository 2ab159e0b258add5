import type { HazardClocks } from './clocks.js';
import type { HazardDossier } from './dossier.js';
import type { HazardAction } from './hazard-actions.js';

/** A hazard as one person sees it: everything about it, and the actions this person may take now. */
export interface HazardView {
  readonly dossier: HazardDossier;
  readonly actions: readonly HazardAction[];
  readonly today: string;
  /** The authority's review and the re-inspection, while they run (with the office's configured periods). */
  readonly clocks: HazardClocks;
}

/** Which hazards `/hazard list …` shows. */
export type HazardListScope = { readonly kind: 'mine' | 'overdue' | 'major' | 'open' } | { readonly kind: 'unit'; readonly text: string };
