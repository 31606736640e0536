/**
 * Pure rules of the public Chancenportal: parsing the search parameters of a visitor, the
 * contact form's checks, the HTML head of an offer page. No database, no Nest.
 */

export const COSTS = ['FREE', 'PAID'] as const;
export const ACCESSIBILITY = ['STEP_FREE', 'SIGN_LANGUAGE', 'EASY_LANGUAGE'] as const;
export type Accessibility = (typeof ACCESSIBILITY)[number];
export type Cost = (typeof COSTS)[number];

export interface OfferSearch {
  q: string | null;
  category: string | null;
  targetGroup: string | null;
  /** An age the offer must admit (between its minimum and maximum age). */
  age: number | null;
  districtId: string | null;
  cost: Cost | null;
  accessibility: Accessibility | null;
  language: string | null;
  /** Dated offers that take place on or after this day (YYYY-MM-DD). */
  from: string | null;
  page: number;
}

export const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WORD = /^[\p{L}\p{N} _-]{1,60}$/u;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Reads query parameters leniently: what does not fit is ignored, never an error page for a visitor. */
export function parseSearch(query: Record<string, unknown>): OfferSearch {
  const q = str(query.q)?.slice(0, 200) ?? null;
  const ageText = str(query.age);
  const age = ageText === null ? NaN : Number(ageText);
  const district = str(query.district);
  const cost = str(query.cost);
  const access = str(query.accessibility);
  const from = str(query.from);
  const page = Number(str(query.page) ?? 1);
  const word = (v: unknown) => {
    const s = str(v);
    return s && WORD.test(s) ? s : null;
  };
  return {
    q,
    category: word(query.category),
    targetGroup: word(query.targetGroup),
    age: Number.isInteger(age) && age >= 0 && age <= 120 ? age : null,
    districtId: district && UUID.test(district) ? district : null,
    cost: (COSTS as readonly string[]).includes(cost ?? '') ? (cost as Cost) : null,
    accessibility: (ACCESSIBILITY as readonly string[]).includes(access ?? '') ? (access as Accessibility) : null,
    language: word(query.language),
    from: from && DAY.test(from) && !Number.isNaN(Date.parse(from)) ? from : null,
    page: Number.isInteger(page) && page >= 1 && page <= 500 ? page : 1,
  };
}

export interface ContactInput {
  name: string;
  email: string;
  message: string;
  /** The honeypot: a field people do not see; a bot fills it. */
  website: string;
  locale: 'de' | 'en';
}

export type ContactProblem = { field: 'name' | 'email' | 'message'; code: 'required' | 'tooLong' | 'email' };

const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]{2,}$/;

export function readContact(body: unknown): { input: ContactInput; problems: ContactProblem[] } {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const input: ContactInput = {
    name: text(b.name),
    email: text(b.email).toLowerCase(),
    message: text(b.message),
    website: text(b.website),
    locale: b.locale === 'en' ? 'en' : 'de',
  };
  const problems: ContactProblem[] = [];
  if (!input.name) problems.push({ field: 'name', code: 'required' });
  else if (input.name.length > 120) problems.push({ field: 'name', code: 'tooLong' });
  if (!input.email) problems.push({ field: 'email', code: 'required' });
  else if (input.email.length > 254 || !EMAIL.test(input.email)) problems.push({ field: 'email', code: 'email' });
  if (!input.message) problems.push({ field: 'message', code: 'required' });
  else if (input.message.length > 4000) problems.push({ field: 'message', code: 'tooLong' });
  return { input, problems };
}

/** Text for HTML (element content and double-quoted attributes). */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** JSON inside <script type="application/ld+json">: no "</script>" or "<!--" can end it early. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export interface HeadInput {
  title: string;
  description: string;
  canonical: string;
  jsonLd?: unknown;
  lang: string;
  /** An absolute image address for link previews (the portal's logo). */
  image?: string | null;
}

/** Replaces the shell's <title> and adds description, canonical, Open Graph and JSON-LD to its head. */
export function injectHead(html: string, head: HeadInput): string {
  const description = head.description.replace(/\s+/g, ' ').trim().slice(0, 300);
  const tags = [
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<link rel="canonical" href="${escapeHtml(head.canonical)}">`,
    `<meta property="og:title" content="${escapeHtml(head.title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(head.canonical)}">`,
    `<meta property="og:type" content="website">`,
    head.image ? `<meta property="og:image" content="${escapeHtml(head.image)}">` : '',
    head.jsonLd ? `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>` : '',
  ].join('');
  const title = `<title>${escapeHtml(head.title)}</title>`;
  let out = /<title>[\s\S]*?<\/title>/.test(html) ? html.replace(/<title>[\s\S]*?<\/title>/, () => title) : html.replace('</head>', () => `${title}</head>`);
  out = out.replace(/<meta name="description"[^>]*>/, '');
  out = out.replace('</head>', () => `${tags}</head>`);
  return out.replace(/<html([^>]*)\blang="[^"]*"/, (_m, a: string) => `<html${a}lang="${escapeHtml(head.lang)}"`);
}

export interface SitemapEntry {
  loc: string;
  lastmod: string;
}

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${escapeHtml(e.loc)}</loc><lastmod>${escapeHtml(e.lastmod)}</lastmod></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`;
}

/** The origins a portal's map loads from (its style URL's and tile template's); none for the offline map. */
export function mapOrigins(map: { styleUrl: string | null; tileUrl: string | null }): string[] {
  const out = new Set<string>();
  for (const url of [map.styleUrl, map.tileUrl]) {
    if (!url) continue;
    try {
      const u = new URL(url.replace(/\{[a-z]+\}/gi, '0'));
      if (u.protocol === 'https:') out.add(u.origin);
    } catch {
      // Stored values are checked on saving; anything else is left out.
    }
  }
  return [...out];
}

/** The Content-Security-Policy with `origins` added to what pages may fetch and show (connect-src, img-src). */
export function cspWithMapOrigins(csp: string, origins: string[]): string {
  if (!origins.length) return csp;
  const extra = origins.join(' ');
  return csp.replace(
    /(^|;)(\s*)(connect-src|img-src)([^;]*)/g,
    (_m, sep: string, space: string, name: string, values: string) => `${sep}${space}${name}${values} ${extra}`,
  );
}
