import { daysBetween, isCalendarDate } from '../calendar.js';
import { readText } from '../text-field.js';
import { isHazardCategory, isHazardLevel, isHazardSource, type HazardDetails } from './hazard.js';
import { parseYuan } from '../money.js';

/** A photo attached in Slack (file_input): kept by its Slack file id, with a link to open it. */
export interface HazardPhoto {
  readonly fileId: string;
  readonly name: string;
  readonly permalink: string | null;
}

export interface HazardInput extends HazardDetails {
  readonly photos: readonly HazardPhoto[];
}

export interface RawHazardInput {
  readonly unitId?: number | null;
  readonly title?: string | null;
  readonly description?: string | null;
  readonly location?: string | null;
  readonly category?: string | null;
  readonly level?: string | null;
  readonly source?: string | null;
  readonly foundDate?: string | null;
  readonly deadline?: string | null;
  readonly responsiblePerson?: string | null;
  readonly assignee?: string | null;
  readonly funding?: string | number | null;
  readonly photos?: readonly HazardPhoto[];
  /** The inspection it was found in (registered from the inspection's result). */
  readonly inspectionId?: number | null;
}

export type HazardField = 'unit' | 'title' | 'description' | 'location' | 'category' | 'level' | 'source' | 'found_date' | 'deadline' | 'responsible_person' | 'assignee' | 'funding' | 'photos';

export type HazardProblem =
  | { field: HazardField; kind: 'required' | 'unknown_option' | 'date' | 'deadline_before_found' | 'found_in_future' | 'funding' }
  | { field: HazardField; kind: 'too_long' | 'too_many'; max: number };

export const HAZARD_LIMITS = { title: 100, description: 2000, location: 100, responsible_person: 50, photos: 6, funding: 10_000_000_000 } as const;


/**
 * Validates a hazard as registered. Staff (who register it straight into `open`) must give a deadline and an
 * assigned inspector; a public report may leave both to the inspector who confirms it.
 */
export function validateHazardInput(raw: RawHazardInput, o: { today: string; staff: boolean }): { ok: true; value: HazardInput } | { ok: false; problems: HazardProblem[] } {
  const problems: HazardProblem[] = [];
  const text = (field: HazardField, value: string | null | undefined, max: number, required = true) => readText(problems, field, value, max, required);
  const unitId = raw.unitId ?? null;
  if (unitId === null || !Number.isInteger(unitId) || unitId <= 0) problems.push({ field: 'unit', kind: 'required' });
  const title = text('title', raw.title, HAZARD_LIMITS.title);
  const description = text('description', raw.description, HAZARD_LIMITS.description);
  const location = text('location', raw.location, HAZARD_LIMITS.location);
  const responsiblePerson = text('responsible_person', raw.responsiblePerson, HAZARD_LIMITS.responsible_person, false) || null;

  const option = <T>(field: HazardField, value: string | null | undefined, is: (v: unknown) => v is T): T | undefined => {
    if (!value) problems.push({ field, kind: 'required' });
    else if (!is(value)) problems.push({ field, kind: 'unknown_option' });
    else return value;
    return undefined;
  };
  const category = option('category', raw.category, isHazardCategory);
  const level = option('level', raw.level, isHazardLevel);
  const source = option('source', raw.source, isHazardSource);

  const foundDate = raw.foundDate ?? '';
  if (!foundDate) problems.push({ field: 'found_date', kind: 'required' });
  else if (!isCalendarDate(foundDate)) problems.push({ field: 'found_date', kind: 'date' });
  else if (daysBetween(o.today, foundDate) > 0) problems.push({ field: 'found_date', kind: 'found_in_future' });

  const deadline = raw.deadline || null;
  if (!deadline) {
    if (o.staff) problems.push({ field: 'deadline', kind: 'required' });
  } else if (!isCalendarDate(deadline)) problems.push({ field: 'deadline', kind: 'date' });
  else if (isCalendarDate(foundDate) && daysBetween(foundDate, deadline) < 0) problems.push({ field: 'deadline', kind: 'deadline_before_found' });

  const assignee = raw.assignee || null;
  if (!assignee && o.staff) problems.push({ field: 'assignee', kind: 'required' });

  const parsedFunding = parseYuan(raw.funding, HAZARD_LIMITS.funding);
  if (parsedFunding === undefined) problems.push({ field: 'funding', kind: 'funding' });
  const funding = parsedFunding ?? null;
  const photos = raw.photos ?? [];
  if (photos.length > HAZARD_LIMITS.photos) problems.push({ field: 'photos', kind: 'too_many', max: HAZARD_LIMITS.photos });

  if (problems.length > 0 || unitId === null || !category || !level || !source) return { ok: false, problems };
  return { ok: true, value: { unitId, title, description, location, category, level, source, foundDate, deadline, responsiblePerson, assignee, funding, photos } };
}
