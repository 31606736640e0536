import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { webCryptoDigest } from '../utils/altcha';
import { SupportButton } from './support-button';

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('SupportButton', () => {
  it('votes once with this browser’s id, then says so (also after a reload)', async () => {
    const salt = 's';
    const challenge = { algorithm: 'SHA-256', challenge: await webCryptoDigest('SHA-256', `${salt}1`), maxnumber: 5, salt, signature: 'x' };
    const posts: { url: string; body: Record<string, unknown> }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (url.endsWith('/challenge')) return new Response(JSON.stringify(challenge));
        posts.push({ url, body: JSON.parse(String(init?.body)) as Record<string, unknown> });
        return new Response(JSON.stringify({ supportCount: 4, alreadySupported: false }));
      }),
    );
    const { unmount } = renderWithProviders(<SupportButton slug="musterstadt" reportId="r1" count={3} />);
    expect(screen.getByText('3 Personen betroffen')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Betrifft mich auch' }));
    await screen.findByText('4 Personen betroffen');
    expect(screen.getByText('Sie sind auch betroffen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Betrifft mich auch' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Sie sind auch betroffen'));
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe('/api/portal/musterstadt/participation/reports/r1/support');
    const token = localStorage.getItem('gemeinwerk.participation.voter');
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[0]!.body).toMatchObject({ voterToken: token, website: '' });
    unmount();
    renderWithProviders(<SupportButton slug="musterstadt" reportId="r1" count={4} />);
    expect(screen.getByText('Sie sind auch betroffen')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
