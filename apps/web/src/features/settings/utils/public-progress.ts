/** A suggested address for the progress page from the alliance's name: "Bildungsbündnis Musterstadt" → "bildungsbuendnis-musterstadt". */
export function slugFrom(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `buendnis-${slug}`.replace(/-$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** The iframe code a website pastes to show the page (the embed view). */
export function embedSnippet(origin: string, slug: string, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${origin}/fortschritt/${slug}/embed" title="${escaped}" style="width:100%;min-height:720px;border:0" loading="lazy"></iframe>`;
}
