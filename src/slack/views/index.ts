import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { CallbackId } from '../ids.js';
import { contactLinkSubmission } from './contact-link.view.js';
import { tierOverrideSubmission } from './tier-override.view.js';
import { unitSubmission } from './unit.views.js';
import { hazardActionSubmission, registerHazardSubmission } from './hazard.views.js';
import { accidentSubmission, assignSubmission, resultSubmission } from './inspection.views.js';
import { inspectionOrderSubmission } from './inspection-order.views.js';

export function registerViews(app: App, deps: SlackDeps): void {
  app.view(CallbackId.UnitRegister, unitSubmission(deps, 'register'));
  app.view(CallbackId.UnitEdit, unitSubmission(deps, 'edit'));
  app.view(CallbackId.ContactLink, contactLinkSubmission(deps));
  app.view(CallbackId.TierOverride, tierOverrideSubmission(deps));
  app.view(CallbackId.HazardRegister, registerHazardSubmission(deps));
  app.view(CallbackId.HazardAction, hazardActionSubmission(deps));
  app.view(CallbackId.InspectionAssign, assignSubmission(deps));
  app.view(CallbackId.InspectionResult, resultSubmission(deps));
  app.view(CallbackId.AccidentRecord, accidentSubmission(deps));
  app.view(CallbackId.InspectionOrder, inspectionOrderSubmission(deps));
}
