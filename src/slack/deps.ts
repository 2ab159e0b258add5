import type { Config } from '../config.js';
import type { AccessService } from '../services/access.js';
import type { HazardService } from '../services/hazard/hazard.service.js';
import type { AccidentService } from '../services/accident.service.js';
import type { InspectionService } from '../services/inspection.service.js';
import type { ReportService } from '../services/report/report.service.js';
import type { HomeService } from '../services/home.service.js';
import type { ExportService } from '../services/export/export.service.js';
import type { JobRunner } from '../jobs/job-runner.js';
import type { RoleService } from '../services/role.service.js';
import type { SettingsService } from '../services/settings.service.js';
import type { TierService } from '../services/tier.service.js';
import type { UnitContactService } from '../services/unit-contact.service.js';
import type { UnitService } from '../services/unit.service.js';

/** What the Slack listeners may call: services only (no database, no clock). */
export interface SlackDeps {
  readonly config: Config;
  readonly access: AccessService;
  readonly roles: RoleService;
  readonly units: UnitService;
  readonly contacts: UnitContactService;
  readonly tiers: TierService;
  readonly settings: SettingsService;
  readonly hazards: HazardService;
  readonly accidents: AccidentService;
  readonly inspections: InspectionService;
  readonly reports: ReportService;
  readonly home: HomeService;
  readonly exports: ExportService;
  readonly jobs: JobRunner;
}
