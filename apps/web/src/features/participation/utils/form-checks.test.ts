import { describe, expect, it } from 'vitest';
import { checkFeedback, checkReport, emptyFeedback, emptyReport, MAX_PHOTO_BYTES } from './form-checks';

const file = (type: string, size: number) => new File([new Uint8Array(size)], 'x', { type });

describe('checkReport', () => {
  it('asks for category, target group, a place of the chosen kind and a description', () => {
    expect(checkReport(emptyReport())).toEqual({ category: 'category', targetGroup: 'targetGroup', address: 'address', description: 'descriptionShort' });
    const base = { ...emptyReport(), category: 'BARRIER', targetGroup: 'FAMILIES', description: 'Die Rampe am Eingang fehlt.' };
    expect(checkReport({ ...base, address: 'Hauptstraße 1' })).toEqual({});
    expect(checkReport({ ...base, placeMode: 'district' })).toEqual({ districtId: 'district' });
    expect(checkReport({ ...base, placeMode: 'district', districtId: 'd1' })).toEqual({});
    expect(checkReport({ ...base, placeMode: 'map' })).toEqual({ place: 'pin' });
    expect(checkReport({ ...base, placeMode: 'map', lat: 52.1, lng: 9.9 })).toEqual({});
  });

  it('checks the photo type and size and the e-mail address when given', () => {
    const ok = { ...emptyReport(), category: 'BARRIER', targetGroup: 'X', address: 'A', description: '0123456789' };
    expect(checkReport({ ...ok, photo: file('image/gif', 10) }).photo).toBe('photoType');
    expect(checkReport({ ...ok, photo: file('image/png', MAX_PHOTO_BYTES + 1) }).photo).toBe('photoSize');
    expect(checkReport({ ...ok, photo: file('image/webp', 10) })).toEqual({});
    expect(checkReport({ ...ok, email: 'nobody' }).email).toBe('email');
    expect(checkReport({ ...ok, email: 'a@b.de' })).toEqual({});
  });
});

describe('checkFeedback', () => {
  it('needs an experience of some words; rating and e-mail are optional', () => {
    expect(checkFeedback(emptyFeedback())).toEqual({ text: 'experienceShort' });
    expect(checkFeedback({ ...emptyFeedback(), text: 'Sehr freundliche Beratung.' })).toEqual({});
    expect(checkFeedback({ ...emptyFeedback(), text: 'Sehr freundliche Beratung.', email: 'x@' })).toEqual({ email: 'email' });
  });
});
