import { injectHead, jsonForScript, parseSearch, readContact, sitemapXml } from './portal-public.rules';

describe('public portal rules', () => {
  it('reads search parameters leniently: what does not fit is left out', () => {
    expect(parseSearch({})).toEqual({
      q: null,
      category: null,
      targetGroup: null,
      age: null,
      districtId: null,
      cost: null,
      accessibility: null,
      language: null,
      from: null,
      page: 1,
    });
    const s = parseSearch({
      q: '  Hausaufgaben ',
      age: '0',
      district: 'not-a-uuid',
      cost: 'FREE',
      accessibility: 'STEP_FREE',
      language: 'tr',
      from: '2027-02-30x',
      page: '0',
      category: 'Lernen; DROP',
    });
    expect(s).toMatchObject({
      q: 'Hausaufgaben',
      age: 0,
      districtId: null,
      cost: 'FREE',
      accessibility: 'STEP_FREE',
      language: 'tr',
      from: null,
      page: 1,
      category: null,
    });
    expect(parseSearch({ age: '200', cost: 'CHEAP', page: ['2', '3'] })).toMatchObject({ age: null, cost: null, page: 1 });
  });

  it('checks the contact form and keeps the honeypot apart', () => {
    expect(readContact({ name: ' A ', email: 'A@Example.org', message: 'Hallo', website: '' })).toEqual({
      input: { name: 'A', email: 'a@example.org', message: 'Hallo', website: '', locale: 'de' },
      problems: [],
    });
    expect(readContact({ email: 'nope', message: 'x'.repeat(4001) }).problems).toEqual([
      { field: 'name', code: 'required' },
      { field: 'email', code: 'email' },
      { field: 'message', code: 'tooLong' },
    ]);
    expect(readContact(null).problems).toHaveLength(3);
  });

  it('escapes what it writes into the HTML head and JSON-LD', () => {
    const html = injectHead('<html lang="de"><head><title>X</title><meta name="description" content="old"></head></html>', {
      title: 'A </title><script>x</script>',
      description: 'B "C" & D',
      canonical: 'https://x.example/portal/a?x="1"',
      jsonLd: { name: '</script><script>alert(1)</script>' },
      lang: 'en',
    });
    expect(html).toContain('<title>A &lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
    expect(html).toContain('<meta name="description" content="B &quot;C&quot; &amp; D">');
    expect(html).not.toContain('content="old"');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('</script><script>alert');
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
    expect(sitemapXml([{ loc: 'https://x/a&b', lastmod: '2026-12-07' }])).toContain('<loc>https://x/a&amp;b</loc>');
  });
});
