import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.js';
import type { FieldSpec } from '../../src/slack/blocks/fields.js';
import { readFields } from '../../src/slack/forms/fields.form.js';
import type { ViewValues } from '../../src/slack/forms/view-state.js';

const en = createI18n('en', 'Asia/Shanghai');
const SPECS: readonly FieldSpec[] = [
  { id: 'people', kind: 'users', max: 2, label: 'inspection.field.inspectors', optional: true },
  { id: 'places', kind: 'units', max: 2, label: 'inspection.field.units', optional: true },
  { id: 'photos', kind: 'files', max: 2, label: 'hazard.field.photos', optional: true },
];

function values(o: { people?: string[]; places?: string[]; photos?: string[] }): ViewValues {
  return {
    people: { users: { type: 'multi_users_select', selected_users: o.people ?? [] } },
    places: { unit_pick: { type: 'multi_external_select', selected_options: (o.places ?? []).map((value) => ({ value, text: { type: 'plain_text', text: value } })) } },
    photos: { files: { type: 'file_input', files: (o.photos ?? []).map((id) => ({ id, name: `${id}.jpg` })) } },
  } as unknown as ViewValues;
}

describe('readFields: fields of several picks', () => {
  it('keep each pick once, up to their most', () => {
    const read = readFields(en, values({ people: ['U1', 'U2', 'U1'], places: ['3', '3', '4'], photos: ['F1', 'F2'] }), SPECS);
    expect(read.errors).toEqual({});
    expect(read.values).toEqual({
      people: ['U1', 'U2'],
      places: ['3', '4'],
      photos: [{ fileId: 'F1', name: 'F1.jpg', permalink: null }, { fileId: 'F2', name: 'F2.jpg', permalink: null }],
    });
  });

  it('are refused over their most, each with its own words', () => {
    const read = readFields(en, values({ people: ['U1', 'U2', 'U3'], places: ['3', '4', '5'], photos: ['F1', 'F2', 'F3'] }), SPECS);
    expect(read.errors).toEqual({ people: 'Choose at most 2 people at a time.', places: 'Choose at most 2 units at a time.', photos: 'At most 2 files.' });
  });

  it('are absent when nothing is picked (and then required unless optional)', () => {
    expect(readFields(en, values({}), SPECS)).toEqual({ values: { people: undefined, places: undefined, photos: undefined }, errors: {} });
    const required = SPECS.map((s) => ({ ...s, optional: false }));
    expect(readFields(en, values({}), required).errors).toEqual({ people: 'Choose at least one person.', places: 'Choose a unit.', photos: 'Please fill this in.' });
  });
});
