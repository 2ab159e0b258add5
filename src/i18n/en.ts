import type { MessageKey } from './catalog.js';
import { enCommon } from './en/common.js';
import { enRoles } from './en/roles.js';
import { enHelp } from './en/help.js';
import { enIndustries } from './en/industries.js';
import { enTiers } from './en/tiers.js';
import { enAccidents } from './en/accidents.js';
import { enUnitModal } from './en/unit-modal.js';
import { enUnitCard } from './en/unit-card.js';
import { enContacts } from './en/contacts.js';
import { enTierOverride } from './en/tier-override.js';
import { enValidation } from './en/validation.js';
import { enErrors } from './en/errors.js';
import { enHazardForms } from './en/hazard-forms.js';
import { enHazardTerms } from './en/hazard-terms.js';
import { enHazardActions } from './en/hazard-actions.js';
import { enHazardCard } from './en/hazard-card.js';
import { enHazardHistory } from './en/hazard-history.js';
import { enHazardList } from './en/hazard-list.js';
import { enInspections } from './en/inspections.js';
import { enInspectionOrder } from './en/inspection-order.js';
import { enDigest } from './en/digest.js';
import { enEscalations } from './en/escalations.js';
import { enJobs } from './en/jobs.js';
import { enHome } from './en/home.js';
import { enReport } from './en/report.js';
import { enExport } from './en/export.js';
import { enDocument } from './en/document.js';
import { enDemo } from './en/demo.js';

/** The English catalog: exactly the keys of zh-CN.ts (a missing or extra key fails the compile), gathered by feature from en/*.ts. */
export const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enRoles,
  ...enHelp,
  ...enIndustries,
  ...enTiers,
  ...enAccidents,
  ...enUnitModal,
  ...enUnitCard,
  ...enContacts,
  ...enTierOverride,
  ...enValidation,
  ...enErrors,
  ...enHazardForms,
  ...enHazardTerms,
  ...enHazardActions,
  ...enHazardCard,
  ...enHazardHistory,
  ...enHazardList,
  ...enInspections,
  ...enInspectionOrder,
  ...enDigest,
  ...enEscalations,
  ...enJobs,
  ...enHome,
  ...enReport,
  ...enExport,
  ...enDocument,
  ...enDemo,
};
