import type { Clock } from '../clock.js';
import type { Config } from '../config/config.js';
import type { Db } from '../db/knex.js';
import { Transactor } from '../db/transaction.js';
import { AccessService } from './access.js';
import { AccidentService } from './accident.service.js';
import { InspectionService } from './inspection.service.js';
import { ReportService } from './report/report.service.js';
import { HomeService } from './home.service.js';
import { ExportService } from './export/export.service.js';
import { HazardService } from './hazard/hazard.service.js';
import { RoleService } from './role.service.js';
import { SettingsService } from './settings.service.js';
import { TierService } from './tier.service.js';
import { UnitContactService } from './unit-contact.service.js';
import { UnitService } from './unit.service.js';

export interface Services {
  readonly tx: Transactor;
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
}

/** Every service over one database, with the parts of the configuration each needs. */
export function buildServices(db: Db, clock: Clock, config: Pick<Config, 'adminUserIds' | 'timezone' | 'locale' | 'rules' | 'workCalendar'> & { readonly channels: Pick<Config['channels'], 'hazard'> & Partial<Pick<Config['channels'], 'public'>> }): Services {
  const tx = new Transactor(db);
  const { adminUserIds, timezone, rules: tierPolicy } = config;
  return {
    tx,
    access: new AccessService({ db, adminUserIds, clock, timezone }),
    roles: new RoleService({ tx, clock, adminUserIds }),
    units: new UnitService({ tx, clock, adminUserIds, timezone, tierPolicy }),
    contacts: new UnitContactService({ tx, clock, adminUserIds }),
    tiers: new TierService({ tx, clock, adminUserIds, timezone, tierPolicy }),
    settings: new SettingsService({ tx, clock, defaultLocale: config.locale }),
    hazards: new HazardService({ tx, clock, adminUserIds, timezone, tierPolicy, hazardChannel: config.channels.hazard, clockRules: { reviewPeriod: config.rules.ladder.reviewPeriod, reinspectionPeriodDays: config.rules.reinspectionPeriodDays, workCalendar: config.workCalendar } }),
    accidents: new AccidentService({ tx, clock, adminUserIds, timezone, tierPolicy }),
    inspections: new InspectionService({ tx, clock, adminUserIds, timezone, rules: config.rules }),
    reports: new ReportService({ tx, clock, adminUserIds, timezone, publicChannel: config.channels.public }),
    home: new HomeService({ db, clock, adminUserIds, timezone, rules: config.rules }),
    exports: new ExportService({ db, clock, adminUserIds, timezone }),
  };
}
