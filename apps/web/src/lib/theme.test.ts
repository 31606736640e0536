import { describe, expect, it } from 'vitest';
import { accentVariables, contrastRatio, contrastWithWhite, luminance, parseHex, passesWithWhite, toHex } from './theme';

describe('theme colour maths', () => {
  it('reads and writes #rrggbb and refuses anything else', () => {
    expect(parseHex('#0e5a61')).toEqual({ r: 14, g: 90, b: 97 });
    expect(parseHex(' #FFFFFF ')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHex('#fff')).toBeNull();
    expect(parseHex('0e5a61')).toBeNull();
    expect(parseHex('#12345g')).toBeNull();
    expect(parseHex(null)).toBeNull();
    expect(toHex({ r: 14, g: 90, b: 97 })).toBe('#0e5a61');
    expect(toHex({ r: 300, g: -4, b: 127.6 })).toBe('#ff0080');
  });

  it('computes luminance and contrast as WCAG 2.1 does', () => {
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(luminance({ r: 255, g: 255, b: 255 })).toBe(1);
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 5);
    // Order does not matter.
    expect(contrastRatio({ r: 255, g: 255, b: 255 }, { r: 0, g: 0, b: 0 })).toBeCloseTo(21, 5);
    // Reference values from the WebAIM contrast checker (#767676 is the lightest grey that passes).
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(contrastWithWhite('#777777')).toBeCloseTo(4.48, 2);
    expect(contrastWithWhite('#0e5a61')).toBeCloseTo(7.91, 2);
  });

  it('tells which colours carry white text at AA', () => {
    expect(passesWithWhite('#767676')).toBe(true);
    expect(passesWithWhite('#777777')).toBe(false);
    expect(passesWithWhite('#ffcc00')).toBe(false);
    expect(passesWithWhite('not a colour')).toBe(false);
  });

  it('derives accent shades and keeps a colour that already passes', () => {
    const vars = accentVariables('#8a1c7c')!;
    expect(vars['--color-accent']).toBe('#8a1c7c');
    expect(vars['--color-accent-contrast']).toBe('#ffffff');
    // Hover and strong are darker, the soft shades lighter than the accent.
    const l = (hex: string) => luminance(parseHex(hex)!);
    expect(l(vars['--color-accent-hover'])).toBeLessThan(l(vars['--color-accent']));
    expect(l(vars['--color-accent-strong'])).toBeLessThan(l(vars['--color-accent-hover']));
    expect(l(vars['--color-accent-soft'])).toBeGreaterThan(0.7);
    expect(l(vars['--color-accent-softer'])).toBeGreaterThan(l(vars['--color-accent-soft']));
    // The navigation shows strong text on the soft background.
    expect(contrastRatio(parseHex(vars['--color-accent-strong'])!, parseHex(vars['--color-accent-soft'])!)).toBeGreaterThanOrEqual(4.5);
  });

  it('darkens a stored colour that fails AA until white text is readable, and ignores no colour', () => {
    const vars = accentVariables('#ffcc00')!;
    expect(vars['--color-accent']).not.toBe('#ffcc00');
    expect(passesWithWhite(vars['--color-accent'])).toBe(true);
    // A colour that just passes against white is darkened a little, so it also reads as text on the page background.
    const borderline = accentVariables('#767676')!['--color-accent'];
    expect(borderline).not.toBe('#767676');
    expect(contrastRatio(parseHex(borderline)!, parseHex('#f4f6f6')!)).toBeGreaterThanOrEqual(4.5);
    expect(accentVariables(null)).toBeNull();
    expect(accentVariables('#abc')).toBeNull();
  });
});
