import { addMonths, contentProblems, diffContent, freshnessOf, freshnessRuleProblems, median, normaliseContent, supplyOf } from './portal.rules';
import { decodeBase64Image } from './images.rules';
import type { PortalOfferContentInput } from './portal.models';

const input = (over: Partial<PortalOfferContentInput> = {}): PortalOfferContentInput =>
  ({
    title: 'Lesecafé',
    summary: '',
    description: '',
    categories: [],
    targetGroups: [],
    scheduleKind: 'ONGOING',
    schedule: [],
    scheduleNote: '',
    isFree: true,
    costNote: '',
    stepFree: false,
    signLanguage: false,
    easyLanguage: false,
    languages: ['de'],
    registrationRequired: false,
    registrationNote: '',
    imageIds: [],
    goalIds: [],
    activityIds: [],
    ...over,
  }) as PortalOfferContentInput;

describe('offer content', () => {
  it('normalises: blanks to null, lists without repeats or blanks, ids in lower case', () => {
    const c = normaliseContent(input({ targetGroups: ['Kinder', ' Kinder', '', 'Eltern'], street: '  ', goalIds: ['ABC'], contactEmail: ' A@B.DE ' }));
    expect(c.targetGroups).toEqual(['Kinder', 'Eltern']);
    expect(c.street).toBeNull();
    expect(c.goalIds).toEqual(['abc']);
    expect(c.contactEmail).toBe('a@b.de');
  });

  it('finds what the field types cannot: ranges, schedule needs, coordinate pairs, a price note', () => {
    const fields = (over: Partial<PortalOfferContentInput>) => contentProblems(normaliseContent(input(over))).map((p) => p.field);
    expect(fields({})).toEqual([]);
    expect(fields({ ageMin: 10, ageMax: 6 })).toEqual(['content.ageMax']);
    expect(fields({ startDate: '2026-05-01', endDate: '2026-04-01' })).toEqual(['content.endDate']);
    expect(fields({ latitude: 53.5 })).toEqual(['content.longitude']);
    expect(fields({ scheduleKind: 'WEEKLY' })).toEqual(['content.schedule']);
    expect(fields({ scheduleKind: 'WEEKLY', schedule: [{ weekday: 2, from: '16:00', to: '15:00' }] })).toEqual(['content.schedule.0']);
    expect(fields({ scheduleKind: 'DATES', schedule: [{ weekday: 2 }] })).toEqual(['content.schedule.0']);
    expect(fields({ scheduleKind: 'PERIOD' })).toEqual(['content.startDate']);
    expect(fields({ isFree: false })).toEqual(['content.costNote']);
  });

  it('diffs field by field; a new offer changes every filled field from nothing', () => {
    const before = normaliseContent(input({ targetGroups: ['Kinder'] }));
    const after = normaliseContent(input({ title: 'Lesecafé am Markt', targetGroups: ['Kinder', 'Eltern'], stepFree: true }));
    expect(diffContent(before, after)).toEqual([
      { field: 'title', before: 'Lesecafé', after: 'Lesecafé am Markt' },
      { field: 'targetGroups', before: 'Kinder', after: 'Kinder, Eltern' },
      { field: 'stepFree', before: 'false', after: 'true' },
    ]);
    expect(diffContent(before, before)).toEqual([]);
    const fresh = diffContent(null, before).map((c) => c.field);
    expect(fresh).toEqual(expect.arrayContaining(['title', 'targetGroups', 'scheduleKind', 'languages']));
    expect(fresh).not.toContain('street');
  });
});

describe('freshness', () => {
  const rules = { reminderMonths: 6, flagMonths: 9, hideMonths: 12 };
  const confirmed = new Date('2026-01-31T10:00:00Z');
  it('counts calendar months like people do (31 January + 1 month = 28 February)', () => {
    expect(addMonths(confirmed, 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(confirmed, 12).toISOString()).toBe('2027-01-31T10:00:00.000Z');
  });
  it('FRESH → DUE at 6 months → FLAGGED at 9 → HIDDEN at 12', () => {
    expect(freshnessOf(confirmed, new Date('2026-07-30T10:00:00Z'), rules)).toBe('FRESH');
    expect(freshnessOf(confirmed, new Date('2026-07-31T10:00:00Z'), rules)).toBe('DUE');
    expect(freshnessOf(confirmed, new Date('2026-10-31T09:59:59Z'), rules)).toBe('DUE');
    expect(freshnessOf(confirmed, new Date('2026-10-31T10:00:00Z'), rules)).toBe('FLAGGED');
    expect(freshnessOf(confirmed, new Date('2027-01-31T10:00:00Z'), rules)).toBe('HIDDEN');
  });
  it('settings keep reminder < flag < hide', () => {
    expect(freshnessRuleProblems(rules)).toEqual([]);
    expect(freshnessRuleProblems({ reminderMonths: 9, flagMonths: 9, hideMonths: 8 }).map((p) => p.field)).toEqual(['flagMonths', 'hideMonths']);
  });
});

describe('planning and images', () => {
  it('reads a cell against the median: gap below a quarter, over-supply above twice', () => {
    expect(median([0, 2, 4, 8])).toBe(3);
    expect(median([])).toBeNull();
    expect(supplyOf(0, 4)).toBe('GAP');
    expect(supplyOf(4, 4)).toBeNull();
    expect(supplyOf(9, 4)).toBe('OVER');
    expect(supplyOf(0, 0)).toBe('GAP');
  });
  it('decodes base64 with or without a data URL, and refuses anything else', () => {
    expect(decodeBase64Image('data:image/png;base64,AAEC')).toEqual(Buffer.from([0, 1, 2]));
    expect(decodeBase64Image('AAEC')).toEqual(Buffer.from([0, 1, 2]));
    expect(decodeBase64Image('not base64!')).toBeNull();
  });
});
