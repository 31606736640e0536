import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../locales/de.json';
import { diffText } from './diff-text';

describe('diffText', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'de', resources: { de: { translation: { portal: de } } } });
  });
  const districts = [{ id: 'd-1', name: 'Oststadt' }];
  const show = (field: string, value: string) => diffText(field, value, districts, i18next.t);

  it('names the district, says yes and no, and words the schedule', () => {
    expect(show('districtId', 'd-1')).toBe('Oststadt');
    expect(show('districtId', 'd-2')).toBe('d-2');
    expect(show('stepFree', 'true')).toBe('Ja');
    expect(show('isFree', 'false')).toBe('Nein');
    expect(show('scheduleKind', 'WEEKLY')).toBe('Wöchentlich');
    expect(show('schedule', 'weekday 1 14:00–16:00, weekday 3 15:00–17:00')).toBe('montags 14:00–16:00, mittwochs 15:00–17:00');
    expect(show('goalIds', 'a, b')).toBe('2 verknüpft');
    expect(show('title', 'true story')).toBe('true story');
  });
});
