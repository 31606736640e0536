/**
 * Colour maths for an alliance's own theme colour. The colour carries white text (primary
 * buttons, the active navigation mark), so it has to reach WCAG AA contrast (4.5:1) against
 * white; the lighter and darker shades the UI needs are derived from it.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;
const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const HEX = /^#([0-9a-f]{6})$/i;

/** `#0e5a61` → rgb; null for anything that is not `#rrggbb` (the API's format). */
export function parseHex(value: string | null | undefined): Rgb | null {
  const match = HEX.exec((value ?? '').trim());
  if (!match) return null;
  const n = Number.parseInt(match[1]!, 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Relative luminance as WCAG 2.1 defines it (0 black … 1 white). */
export function luminance({ r, g, b }: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, 1 … 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Contrast of white text on the colour; null when the colour cannot be read. */
export function contrastWithWhite(hex: string | null | undefined): number | null {
  const rgb = parseHex(hex);
  return rgb ? contrastRatio(rgb, WHITE) : null;
}

/** Whether white text on the colour meets WCAG AA (4.5:1). */
export function passesWithWhite(hex: string | null | undefined): boolean {
  const ratio = contrastWithWhite(hex);
  return ratio !== null && ratio >= MIN_CONTRAST;
}

/** Mixes `a` towards `b`; `amount` 0 keeps `a`, 1 gives `b`. */
export function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return { r: a.r + (b.r - a.r) * amount, g: a.g + (b.g - a.g) * amount, b: a.b + (b.b - a.b) * amount };
}

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
/** --color-bg: the accent is also text on the page background (eyebrows, links), a little darker than white. */
const PAGE_BACKGROUND: Rgb = { r: 0xf4, g: 0xf6, b: 0xf6 };

const readable = (colour: Rgb) => contrastRatio(colour, WHITE) >= MIN_CONTRAST && contrastRatio(colour, PAGE_BACKGROUND) >= MIN_CONTRAST;

/**
 * Darkens the colour in small steps until it reaches AA both under white text and as text on the
 * page background; keeps it when it already does.
 */
export function darkenForWhiteText(rgb: Rgb): Rgb {
  let colour = { r: Math.round(rgb.r), g: Math.round(rgb.g), b: Math.round(rgb.b) };
  for (let step = 1; !readable(colour) && step <= 20; step++) {
    const next = mix(rgb, BLACK, step * 0.05);
    colour = { r: Math.round(next.r), g: Math.round(next.g), b: Math.round(next.b) };
  }
  return colour;
}

/** The CSS custom properties (see tokens.css) that make the colour the workspace's accent. */
export type AccentVariables = Record<
  '--color-accent' | '--color-accent-hover' | '--color-accent-strong' | '--color-accent-soft' | '--color-accent-softer' | '--color-accent-contrast',
  string
>;

/**
 * The accent shades for a theme colour, or null to keep the default theme. A stored colour that
 * fails AA (set before this check existed, or through the API) is darkened until it passes rather
 * than shown with unreadable text.
 */
export function accentVariables(hex: string | null | undefined): AccentVariables | null {
  const rgb = parseHex(hex);
  if (!rgb) return null;
  const accent = darkenForWhiteText(rgb);
  return {
    '--color-accent': toHex(accent),
    '--color-accent-hover': toHex(mix(accent, BLACK, 0.2)),
    '--color-accent-strong': toHex(mix(accent, BLACK, 0.4)),
    '--color-accent-soft': toHex(mix(accent, WHITE, 0.87)),
    '--color-accent-softer': toHex(mix(accent, WHITE, 0.94)),
    '--color-accent-contrast': '#ffffff',
  };
}
