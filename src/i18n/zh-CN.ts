import { zhCommon } from './zh-CN/common.js';
import { zhRoles } from './zh-CN/roles.js';
import { zhHelp } from './zh-CN/help.js';
import { zhIndustries } from './zh-CN/industries.js';
import { zhTiers } from './zh-CN/tiers.js';
import { zhAccidents } from './zh-CN/accidents.js';
import { zhUnitModal } from './zh-CN/unit-modal.js';
import { zhUnitCard } from './zh-CN/unit-card.js';
import { zhContacts } from './zh-CN/contacts.js';
import { zhTierOverride } from './zh-CN/tier-override.js';
import { zhValidation } from './zh-CN/validation.js';
import { zhErrors } from './zh-CN/errors.js';
import { zhHazardForms } from './zh-CN/hazard-forms.js';
import { zhHazardTerms } from './zh-CN/hazard-terms.js';
import { zhHazardActions } from './zh-CN/hazard-actions.js';
import { zhHazardCard } from './zh-CN/hazard-card.js';
import { zhHazardHistory } from './zh-CN/hazard-history.js';
import { zhHazardList } from './zh-CN/hazard-list.js';
import { zhInspections } from './zh-CN/inspections.js';
import { zhInspectionOrder } from './zh-CN/inspection-order.js';
import { zhDigest } from './zh-CN/digest.js';
import { zhEscalations } from './zh-CN/escalations.js';
import { zhJobs } from './zh-CN/jobs.js';
import { zhHome } from './zh-CN/home.js';
import { zhReport } from './zh-CN/report.js';
import { zhExport } from './zh-CN/export.js';
import { zhDocument } from './zh-CN/document.js';
import { zhDemo } from './zh-CN/demo.js';

/**
 * The zh-CN catalog is the source of the message keys: `en.ts` must have exactly these keys (a missing or extra key
 * fails the compile). Placeholders are written {name}; both catalogs must use the same ones (tested).
 * The messages live by feature in zh-CN/*.ts, each with an English twin in en/*.ts that has exactly its keys.
 */
export const zhCN = {
  ...zhCommon,
  ...zhRoles,
  ...zhHelp,
  ...zhIndustries,
  ...zhTiers,
  ...zhAccidents,
  ...zhUnitModal,
  ...zhUnitCard,
  ...zhContacts,
  ...zhTierOverride,
  ...zhValidation,
  ...zhErrors,
  ...zhHazardForms,
  ...zhHazardTerms,
  ...zhHazardActions,
  ...zhHazardCard,
  ...zhHazardHistory,
  ...zhHazardList,
  ...zhInspections,
  ...zhInspectionOrder,
  ...zhDigest,
  ...zhEscalations,
  ...zhJobs,
  ...zhHome,
  ...zhReport,
  ...zhExport,
  ...zhDocument,
  ...zhDemo,
} as const satisfies Record<string, string>;
