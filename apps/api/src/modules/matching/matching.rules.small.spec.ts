import { fit, offerFacets, rank, sameText, score, type Facet } from './matching.rules';

const OST = 'district-ost';
const WEST = 'district-west';
const f = (direction: Facet['direction'], category: Facet['category'], over: Partial<Facet> = {}): Facet => ({
  direction,
  category,
  field: '',
  districtId: null,
  targetGroup: null,
  ...over,
});

describe('matching rules', () => {
  it('names the same thing: equal or contained, case and spaces aside; empty never matches', () => {
    expect(sameText('Familien mit Fluchterfahrung', ' familien mit fluchterfahrung')).toBe(true);
    expect(sameText('Sprachförderung', 'Sprachförderung für Kinder')).toBe(true);
    expect(sameText('Senioren', 'Kinder')).toBe(false);
    expect(sameText('', '')).toBe(false);
  });

  it('fit: 3 for the category, +2 per aspect named alike, -1 per aspect named differently, at least 1', () => {
    expect(fit(f('NEED', 'ROOMS'), f('OFFER', 'FUNDING'))).toBeNull();
    expect(fit(f('NEED', 'ROOMS'), f('OFFER', 'ROOMS'))).toBe(3);
    expect(fit(f('NEED', 'ROOMS', { districtId: OST }), f('OFFER', 'ROOMS', { districtId: OST }))).toBe(5);
    expect(fit(f('NEED', 'ROOMS', { districtId: OST }), f('OFFER', 'ROOMS', { districtId: WEST }))).toBe(2);
    expect(fit(f('NEED', 'ROOMS', { districtId: OST }), f('OFFER', 'ROOMS'))).toBe(3);
    const need = f('NEED', 'EXPERTISE', { districtId: OST, targetGroup: 'Kinder', field: 'Recht' });
    expect(fit(need, f('OFFER', 'EXPERTISE', { districtId: WEST, targetGroup: 'Senioren', field: 'Recht' }))).toBe(3);
    const room = f('NEED', 'ROOMS', { districtId: OST, targetGroup: 'Kinder', field: 'Saal' });
    expect(fit(room, f('OFFER', 'ROOMS', { districtId: WEST, targetGroup: 'Senioren', field: 'Küche' }))).toBe(1);
    // Expertise, languages and data of another field answer nothing; rooms of another "field" still do.
    expect(fit(need, f('OFFER', 'EXPERTISE', { districtId: OST, targetGroup: 'Kinder', field: 'Medizin' }))).toBeNull();
    expect(fit(f('NEED', 'LANGUAGE', { field: 'ar' }), f('OFFER', 'LANGUAGE', { field: 'uk' }))).toBeNull();
    expect(fit(f('NEED', 'ROOMS', { field: 'Saal' }), f('OFFER', 'ROOMS', { field: 'Küche' }))).toBe(2);
    expect(fit(need, f('OFFER', 'EXPERTISE', { districtId: OST, targetGroup: 'Kinder', field: 'Recht' }))).toBe(9);
  });

  it('scores the example of the issue: rooms in Oststadt and reach into families with refugee experience', () => {
    const mine = [f('NEED', 'ROOMS', { districtId: OST }), f('NEED', 'REACH', { targetGroup: 'Familien mit Fluchterfahrung' })];
    const theirs = [
      f('OFFER', 'ROOMS', { districtId: OST }),
      f('OFFER', 'REACH', { targetGroup: 'Familien mit Fluchterfahrung', districtId: OST }),
      f('OFFER', 'FUNDING'),
    ];
    const r = score(mine, theirs);
    // rooms 3 + district 2; reach 3 + target group 2
    expect(r.score).toBe(10);
    expect(r.reasons).toEqual([
      { kind: 'OFFERS', category: 'ROOMS', field: '', districtId: OST, targetGroup: null },
      { kind: 'OFFERS', category: 'REACH', field: '', districtId: OST, targetGroup: 'Familien mit Fluchterfahrung' },
    ]);
  });

  it('counts a need once with the best offer, names reach into a target group of any need once, and mutual needs', () => {
    const mine = [f('NEED', 'VOLUNTEERS', { targetGroup: 'Kinder' }), f('OFFER', 'ROOMS', { districtId: OST })];
    const theirs = [
      f('OFFER', 'VOLUNTEERS'),
      f('OFFER', 'VOLUNTEERS', { field: 'Lesen' }),
      f('OFFER', 'DATA', { targetGroup: 'Kinder' }),
      f('NEED', 'ROOMS', { districtId: OST }),
      f('NEED', 'ROOMS', { districtId: WEST }),
    ];
    const r = score(mine, theirs);
    // volunteers 3, reach into Kinder 2, their need of rooms in Oststadt 1 (Weststadt: not answered)
    expect(r.score).toBe(6);
    expect(r.reasons.map((x) => [x.kind, x.category, x.targetGroup, x.districtId])).toEqual([
      ['OFFERS', 'VOLUNTEERS', null, null],
      ['REACHES', null, 'Kinder', null],
      ['NEEDS', 'ROOMS', null, OST],
    ]);
  });

  it('ranks best first, leaves out candidates without points, breaks ties by key and keeps the limit', () => {
    const mine = [f('NEED', 'ROOMS', { districtId: OST })];
    const ranked = rank(
      mine,
      [
        { key: 'b', facets: [f('OFFER', 'ROOMS')] },
        { key: 'z', facets: [f('OFFER', 'FUNDING')] },
        { key: 'c', facets: [f('OFFER', 'ROOMS', { districtId: OST })] },
        { key: 'a', facets: [f('OFFER', 'ROOMS')] },
      ],
      2,
    );
    expect(ranked.map((m) => [m.key, m.score])).toEqual([
      ['c', 5],
      ['a', 3],
    ]);
  });

  it('a published offer brings reach per target group, expertise per category and its languages other than German', () => {
    const facets = offerFacets({ categories: ['Lernhilfe'], targetGroups: ['Kinder', 'Jugendliche'], districtId: OST, languages: ['de', 'ar'] });
    expect(facets.map((x) => [x.category, x.field, x.targetGroup])).toEqual([
      ['REACH', '', 'Kinder'],
      ['REACH', '', 'Jugendliche'],
      ['EXPERTISE', 'Lernhilfe', 'Kinder'],
      ['EXPERTISE', 'Lernhilfe', 'Jugendliche'],
      ['LANGUAGE', 'ar', null],
    ]);
    expect(facets.every((x) => x.direction === 'OFFER' && x.districtId === OST)).toBe(true);
  });
});
