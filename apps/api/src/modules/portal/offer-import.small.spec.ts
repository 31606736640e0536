import { checkOfferRows } from './offer-import.rules';

const lookups = {
  providers: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Sportverein Musterstadt e. V.' }],
  districts: [{ id: '00000000-0000-4000-8000-00000000000d', name: 'Oststadt' }],
};
const row = (rowNo: number, values: Record<string, string | number | boolean | null>) => ({ rowNo, values });

describe('offer import rows (the form’s rules for a file)', () => {
  it('takes provider and district by name (any case), splits lists, defaults like the form', () => {
    const { problems, prepared } = checkOfferRows(
      [
        row(2, {
          title: 'Schwimmkurs für Kinder',
          provider: 'sportverein musterstadt e. v.',
          district: 'OSTSTADT',
          categories: 'Sport; Freizeit',
          targetGroups: 'Kinder, Kinder',
          ageMin: 6,
          ageMax: 10,
        }),
      ],
      lookups,
    );
    expect(problems).toEqual([]);
    expect(prepared).toHaveLength(1);
    expect(prepared[0]).toMatchObject({
      providerId: lookups.providers[0]!.id,
      providerName: 'sportverein musterstadt e. v.',
      content: { title: 'Schwimmkurs für Kinder', districtId: lookups.districts[0]!.id, categories: ['Sport', 'Freizeit'], targetGroups: ['Kinder'] },
    });
    expect(prepared[0]!.content).toMatchObject({ isFree: true, languages: ['de'], scheduleKind: 'ONGOING', ageMin: 6, ageMax: 10 });
  });

  it('answers every problem of a row and prepares nothing of it', () => {
    const { problems, prepared } = checkOfferRows(
      [
        row(2, {
          title: 'Yo',
          provider: 'Unbekannter Träger',
          district: 'Mondviertel',
          ageMin: 12,
          ageMax: 8,
          contactEmail: 'keine-adresse',
          languages: 'deutsch',
        }),
        row(3, { title: 'Kochkurs', provider: 'Sportverein Musterstadt e. V.', ageMin: 7.5 }),
        row(4, { title: 'Lesepaten', provider: '  ' }),
      ],
      lookups,
    );
    expect(prepared).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { rowNo: 2, field: 'title', code: 'tooShort', params: { min: 3 } },
        { rowNo: 2, field: 'district', code: 'unknownDistrict', params: { text: 'Mondviertel' } },
        { rowNo: 2, field: 'ageMax', code: 'range' },
        { rowNo: 2, field: 'contactEmail', code: 'email' },
        { rowNo: 2, field: 'languages', code: 'invalid' },
        { rowNo: 3, field: 'ageMin', code: 'notInteger' },
        { rowNo: 4, field: 'provider', code: 'required' },
      ]),
    );
    expect(problems.filter((p) => p.field === 'provider')).toEqual([{ rowNo: 4, field: 'provider', code: 'required' }]);
  });

  it('a provider name the portal does not know is a new provider (created at commit), not a problem', () => {
    const { problems, prepared } = checkOfferRows([row(2, { title: 'Lesepaten', provider: '  Neuer   Träger e. V. ' })], lookups);
    expect(problems).toEqual([]);
    expect(prepared).toEqual([expect.objectContaining({ providerId: null, providerName: 'Neuer Träger e. V.' })]);
  });
});
