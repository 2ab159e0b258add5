import type { TierChange } from './tier-change.js';
import type { TierEvaluation } from './tier.js';
import type { UnitContact } from './unit-contact.js';
import type { Unit } from './unit.js';

/** Everything a unit's card shows, and what the person looking may do with it. */
export interface UnitCard {
  readonly unit: Unit;
  readonly evaluation: TierEvaluation;
  readonly contacts: readonly UnitContact[];
  readonly tierChanges: readonly TierChange[];
  readonly may: { readonly edit: boolean; readonly linkContacts: boolean; readonly overrideTier: boolean; readonly recordAccident: boolean };
}
