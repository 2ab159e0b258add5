/** The documents a hazard's changes produce: a rectification order, a re-inspection opinion, a closure form. */
export type HazardDocumentKind = 'order' | 'reinspection' | 'closure';

/** Which document of which hazard, and the record it is about (an order, a re-inspected report, an acceptance). */
export interface HazardDocumentRef {
  readonly hazardId: number;
  readonly document: HazardDocumentKind;
  readonly recordId: number;
}
