import { describe, expect, it } from 'vitest';
import { reasonText, thing } from './reasons';

const TEXTS: Record<string, string> = {
  'matching.reason.in': ' in {{district}}',
  'matching.reason.for': ' für {{group}}',
  'matching.reason.reaches': 'erreicht {{group}}{{where}}',
  'matching.reason.people': 'Menschen',
  'matching.reason.speaks': 'spricht {{language}}',
  'matching.reason.offers': 'bietet {{what}}{{where}}{{for}}',
  'matching.reason.needs': 'sucht {{what}}{{where}}, was Sie bieten',
  'matching.categories.ROOMS': 'Räume',
  'matching.categories.EXPERTISE': 'Fachwissen',
};
const t = (key: string, values: Record<string, string> = {}) => (TEXTS[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

describe('reasons as phrases', () => {
  it('writes the example of the issue', () => {
    expect(reasonText({ kind: 'OFFERS', category: 'ROOMS', field: '', districtName: 'Oststadt', targetGroup: null }, t, 'de')).toBe('bietet Räume in Oststadt');
    expect(reasonText({ kind: 'OFFERS', category: 'REACH', field: '', districtName: null, targetGroup: 'Familien mit Fluchterfahrung' }, t, 'de')).toBe(
      'erreicht Familien mit Fluchterfahrung',
    );
    expect(reasonText({ kind: 'REACHES', category: null, field: '', districtName: 'Oststadt', targetGroup: 'Kinder' }, t, 'de')).toBe(
      'erreicht Kinder in Oststadt',
    );
  });

  it('names languages in the reader’s language, fields after the category, and what the other side needs', () => {
    expect(reasonText({ kind: 'OFFERS', category: 'LANGUAGE', field: 'ar', districtName: null }, t, 'de')).toBe('spricht Arabisch');
    expect(thing('EXPERTISE', 'Sprachförderung', t, 'de')).toBe('Fachwissen: Sprachförderung');
    expect(reasonText({ kind: 'NEEDS', category: 'ROOMS', field: '', districtName: 'Weststadt', targetGroup: null }, t, 'de')).toBe(
      'sucht Räume in Weststadt, was Sie bieten',
    );
    expect(reasonText({ kind: 'OFFERS', category: 'ROOMS', field: '', districtName: null, targetGroup: 'Kinder' }, t, 'de')).toBe('bietet Räume für Kinder');
  });
});
