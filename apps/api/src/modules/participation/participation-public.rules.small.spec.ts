import { readAbuse, readFeedback, readReport, readReportFilter, readSupport } from './participation-public.rules';

/** The public forms' rules without a server: what is required, what is refused, and that a report needs a place. */
describe('participation form rules', () => {
  it('feedback: text required, rating 1–5, a valid address or none', () => {
    expect(readFeedback({ text: '  Gut  ', rating: '4', email: ' A@B.DE ' }).input).toMatchObject({ text: 'Gut', rating: 4, email: 'a@b.de', locale: 'de' });
    expect(readFeedback({ text: '', rating: 6, email: 'kein-mail' }).problems).toEqual([
      { field: 'text', code: 'required' },
      { field: 'rating', code: 'invalid' },
      { field: 'email', code: 'email' },
    ]);
    expect(readFeedback({ text: 'x'.repeat(4001) }).problems).toEqual([{ field: 'text', code: 'tooLong' }]);
    expect(readFeedback('nonsense').problems).toEqual([{ field: 'text', code: 'required' }]);
  });

  it('report: category, target group and description required; a place by pin, address or district', () => {
    const ok = { category: 'BARRIER', targetGroup: 'Alle', description: 'Stufe' };
    expect(readReport({ ...ok, address: 'Markt 1' }).problems).toEqual([]);
    expect(readReport({ ...ok, lat: '52,5', lng: '13.4' }).input).toMatchObject({ lat: 52.5, lng: 13.4 });
    expect(readReport(ok).problems).toEqual([{ field: 'address', code: 'required' }]);
    expect(readReport({ ...ok, lat: '91', lng: '13' }).problems).toEqual([{ field: 'lat', code: 'invalid' }]);
    expect(readReport({ ...ok, lat: '52' }).problems).toEqual([{ field: 'lat', code: 'invalid' }]);
    expect(readReport({ ...ok, category: 'SPAM', districtId: 'x' }).problems.map((p) => p.field)).toEqual(['category', 'districtId']);
  });

  it('support, abuse and the list filter take only what they know', () => {
    expect(readSupport({ voterToken: 'abc' }).problems).toEqual([{ field: 'voterToken', code: 'invalid' }]);
    expect(readSupport({ voterToken: '0f8fad5b-d9cb-469f-a165-70867728950e' }).problems).toEqual([]);
    expect(readAbuse({ itemType: 'USER', itemId: '1', reason: '' }).problems.map((p) => p.field)).toEqual(['itemType', 'itemId', 'reason']);
    expect(readReportFilter({ category: "'; DROP", districtId: 'x', status: 'RESOLVED' })).toEqual({ category: null, districtId: null, status: 'RESOLVED' });
  });
});
