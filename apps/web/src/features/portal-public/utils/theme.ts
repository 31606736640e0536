/** Relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return 0;
  const channel = (i: number) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** White or near-black text, whichever reads better on the portal's colour (so any chosen colour stays AA). */
export const textOn = (background: string): string => (contrast(background, '#ffffff') >= contrast(background, '#1b2826') ? '#ffffff' : '#1b2826');

/**
 * The portal's colour where it is used as text or a link on white: the colour itself when it
 * reaches 4.5:1, else the product's own accent (a pale brand colour would fail WCAG AA).
 */
export const linkColour = (colour: string, fallback = '#0e5a61'): string => (contrast(colour, '#ffffff') >= 4.5 ? colour : fallback);
