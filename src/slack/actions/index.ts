import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { ActionId } from '../ids.js';
import { openAssignInspectionAction, openRegisterUnitAction, setLanguageAction } from './home.actions.js';
import { hazardActButton, openHazardAction, openRegisterHazardAction } from './hazard.actions.js';
import { accidentOpenAction, assignOpenAction, inspectionOrderOpenAction, resultOpenAction } from './inspection.actions.js';
import { reportPostAction } from './report.actions.js';
import { clearOverrideAction, editUnitAction, linkContactAction, openUnitAction, overrideTierAction, unlinkContactAction } from './unit-card.actions.js';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action(ActionId.UnitOpen, openUnitAction(deps));
  app.action(ActionId.UnitEdit, editUnitAction(deps));
  app.action(ActionId.UnitLinkContact, linkContactAction(deps));
  app.action(ActionId.UnitUnlinkContact, unlinkContactAction(deps));
  app.action(ActionId.UnitOverrideTier, overrideTierAction(deps));
  app.action(ActionId.UnitClearOverride, clearOverrideAction(deps));
  app.action(ActionId.UnitRegisterOpen, openRegisterUnitAction(deps));
  app.action(new RegExp(`^${ActionId.SetLanguage}_`), setLanguageAction(deps));
  app.action(ActionId.HazardOpen, openHazardAction(deps));
  app.action(ActionId.HazardRegisterOpen, openRegisterHazardAction(deps));
  app.action(new RegExp(`^${ActionId.HazardActPrefix}`), hazardActButton(deps));
  app.action(ActionId.InspectionAssignOpen, assignOpenAction(deps));
  app.action(ActionId.InspectionResultOpen, resultOpenAction(deps));
  app.action(ActionId.AccidentOpen, accidentOpenAction(deps));
  app.action(ActionId.InspectionOrderOpen, inspectionOrderOpenAction(deps));
  app.action(ActionId.ReportPost, reportPostAction(deps));
  app.action(ActionId.HomeAssignInspection, openAssignInspectionAction(deps));
}
