import { describe, expect, it } from 'vitest';
import { nextLifecycles } from './lifecycle';
import { LOGO_MAX_BYTES, logoProblem, readAsDataUrl } from './logo';

describe('logo check', () => {
  it('accepts PNG, JPEG and SVG up to 200 kB', () => {
    expect(logoProblem({ type: 'image/png', size: 1200 })).toBeNull();
    expect(logoProblem({ type: 'image/jpeg', size: LOGO_MAX_BYTES })).toBeNull();
    expect(logoProblem({ type: 'image/svg+xml', size: 900 })).toBeNull();
  });

  it('names the problem: other types, empty and too large files', () => {
    expect(logoProblem({ type: 'image/gif', size: 100 })).toBe('type');
    expect(logoProblem({ type: 'application/pdf', size: 100 })).toBe('type');
    expect(logoProblem({ type: 'image/png', size: 0 })).toBe('empty');
    expect(logoProblem({ type: 'image/png', size: LOGO_MAX_BYTES + 1 })).toBe('size');
  });

  it('reads a file as a data URL', async () => {
    const url = await readAsDataUrl(new Blob(['<svg/>'], { type: 'image/svg+xml' }));
    expect(url).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});

describe('lifecycle moves', () => {
  it('follows the allowed transitions', () => {
    expect(nextLifecycles('FORMING')).toEqual(['ACTIVE']);
    expect(nextLifecycles('ACTIVE')).toEqual(['CONCLUDED', 'RENEWED']);
    expect(nextLifecycles('CONCLUDED')).toEqual(['RENEWED']);
    expect(nextLifecycles('RENEWED')).toEqual(['ACTIVE', 'CONCLUDED']);
  });
});
