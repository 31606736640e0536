import { cspWithMapOrigins, injectHead, jsonForScript, mapOrigins, parseSearch, readContact, sitemapXml } from './portal-public.rules';

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

  it("lets a portal's pages load its map style and tiles, from those origins only", () => {
    expect(mapOrigins({ styleUrl: null, tileUrl: null })).toEqual([]);
    expect(mapOrigins({ styleUrl: 'https://maps.example.org/s/style.json', tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' })).toEqual([
      'https://maps.example.org',
      'https://0.tiles.example.org',
    ]);
    expect(mapOrigins({ styleUrl: 'http://maps.example.org/style.json', tileUrl: 'nonsense' })).toEqual([]);
    const csp = "default-src 'self';img-src 'self' data: blob:;connect-src 'self';frame-ancestors 'none'";
    expect(cspWithMapOrigins(csp, [])).toBe(csp);
    expect(cspWithMapOrigins(csp, ['https://tiles.example.org'])).toBe(
      "default-src 'self';img-src 'self' data: blob: https://tiles.example.org;connect-src 'self' https://tiles.example.org;frame-ancestors 'none'",
    );
  });
});
