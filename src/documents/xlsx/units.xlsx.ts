import type { UnitExportRow } from '../../domain/export/export-rows.model.js';
import type { I18n } from '../../i18n/index.js';
import { USER_IDS, type PeopleDirectory } from '../people.js';
import type { XlsxColumn } from './xlsx-table.js';

/** The columns of the unit register: fields, tier in force and override, flags, contacts, open hazards. */
export function unitColumns(i18n: I18n, people: PeopleDirectory = USER_IDS): XlsxColumn<UnitExportRow>[] {
  const { t } = i18n;
  const yesNo = (v: boolean) => t(v ? 'export.yes' : 'export.no');
  const col = (key: Parameters<typeof t>[0], width: number, kind: XlsxColumn<UnitExportRow>['kind'], value: XlsxColumn<UnitExportRow>['value']): XlsxColumn<UnitExportRow> => ({ header: t(key), width, kind, value });
  return [
    col('export.col.unit', 28, 'text', (r) => r.name),
    col('export.col.credit_code', 21, 'text', (r) => r.creditCode),
    col('export.col.industry', 12, 'text', (r) => t(`industry.${r.industry}`)),
    col('export.col.town', 12, 'text', (r) => r.town),
    col('export.col.address', 30, 'text', (r) => r.address),
    col('export.col.tier', 8, 'text', (r) => t(`tier.${r.tier}`)),
    col('export.col.override_tier', 10, 'text', (r) => (r.overrideTier ? t(`tier.${r.overrideTier}`) : null)),
    col('export.col.override_until', 12, 'date', (r) => r.overrideUntil),
    col('export.col.override_reason', 24, 'text', (r) => r.overrideReason),
    col('export.col.major_hazard_source', 8, 'text', (r) => yesNo(r.majorHazardSource)),
    col('export.col.licence_holder', 10, 'text', (r) => yesNo(r.licenceHolder)),
    col('export.col.contact_name', 10, 'text', (r) => r.contactName),
    col('export.col.contact_phone', 14, 'text', (r) => r.contactPhone),
    col('export.col.slack_contacts', 24, 'text', (r) => (r.slackContacts.length ? i18n.list(r.slackContacts.map((id) => people.known(id))) : null)),
    col('export.col.open_hazards', 10, 'integer', (r) => r.openHazards),
  ];
}
