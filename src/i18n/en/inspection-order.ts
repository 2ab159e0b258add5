import type { zhInspectionOrder } from '../zh-CN/inspection-order.js';

/** English messages of the inspection order: exactly the keys of zh-CN/inspection-order.ts. */
export const enInspectionOrder: Record<keyof typeof zhInspectionOrder, string> = {
  'inspection.button.order': 'Issue one order',
  'inspection.order.title': 'Order for this inspection',
  'inspection.order.submit': 'Issue',
  'inspection.order.explain': 'Every problem this inspection found goes on one Order to Rectify within a Time Limit. General hazards move to rectification; major hazards are listed and marked, and keep their own path: listing, expert consultation and the remediation plan.',
  'inspection.order.field.hazards': 'Hazards on the order',
  'inspection.order.hint.hazards': 'All the hazards this inspection found that an order may still cover.',
  'inspection.order.hint.deadline': 'The deadline of the general hazards.',
  'inspection.order.none': '{number} has no hazard an order may cover: general ones must still be open, major ones not yet under acceptance.',
  'inspection.order.done_reply': 'Order {number} ({document}) issued for {count} {count|hazard|hazards}: {hazards}. The document is in each hazard’s thread.',
};
