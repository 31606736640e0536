import { describe, expect, it } from 'vitest';
import { contrast, linkColour, textOn } from './theme';

describe('portal theme', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('picks readable text on any portal colour', () => {
    expect(textOn('#1d4f91')).toBe('#ffffff');
    expect(textOn('#ffe066')).toBe('#1b2826');
  });

  it('keeps a pale colour out of link text', () => {
    expect(linkColour('#1d4f91')).toBe('#1d4f91');
    expect(linkColour('#ffe066')).toBe('#0e5a61');
  });
});
