import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { webCryptoDigest } from '../utils/altcha';
import { FeedbackForm } from './feedback-form';
import { ReportForm } from './report-form';

const portal = { slug: 'musterstadt', name: 'Chancenportal Musterstadt', primaryColor: '#0e5a61', map: { styleUrl: null, tileUrl: null }, districts: [] };
const meta = {
  categories: ['MISSING_OFFER', 'BARRIER', 'SAFETY', 'INFORMATION', 'OTHER'],
  targetGroups: [
    { key: 'FAMILIES', label: 'Familien' },
    { key: 'SENIORS', label: 'Ältere Menschen' },
  ],
  districts: [{ id: 'd1', name: 'Oststadt' }],
  easyLanguage: true,
};

interface Call {
  url: string;
  method: string;
  body: unknown;
}

/** A fake portal API: meta, a challenge solved at number 3, and the posts recorded. */
async function mockPortal() {
  const salt = 'salt?expires=9999999999';
  const challenge = { algorithm: 'SHA-256', challenge: await webCryptoDigest('SHA-256', `${salt}3`), maxnumber: 10, salt, signature: 'sig' };
  const calls: Call[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, method: init?.method ?? 'GET', body: init?.body });
      if (url.endsWith('/meta')) return json(meta);
      if (url.endsWith('/challenge')) return json(challenge);
      if (url.endsWith('/feedback') && init?.method !== 'POST') return json({ items: [] });
      if (init?.method === 'POST') return json({ id: 'r1', followToken: 'tok-123' }, 202);
      return json({ error: { code: 'NOT_FOUND', message: 'nope' } }, 404);
    }),
  );
  return calls;
}

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('ReportForm', () => {
  it('names what is missing and sends nothing', async () => {
    const calls = await mockPortal();
    renderWithProviders(<ReportForm portal={portal} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Meldung absenden' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Bitte wählen Sie, worum es geht.');
    expect(summary).toHaveTextContent('Bitte wählen Sie, wen es betrifft.');
    expect(summary).toHaveTextContent('Bitte geben Sie eine Adresse oder einen Ort ein.');
    expect(screen.getByLabelText('Beschreibung')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('sends a report without the map (district list), with the solved proof of work and an empty honeypot', async () => {
    const calls = await mockPortal();
    renderWithProviders(<ReportForm portal={portal} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /Barriere beim Zugang/ }));
    await user.selectOptions(screen.getByLabelText('Wen betrifft es?'), 'FAMILIES');
    await user.click(screen.getByRole('radio', { name: 'Stadtteil wählen' }));
    await user.selectOptions(screen.getByLabelText('Stadtteil'), 'd1');
    await user.type(screen.getByLabelText('Beschreibung'), 'Am Eingang der Bibliothek fehlt eine Rampe.');
    await user.click(screen.getByRole('button', { name: 'Meldung absenden' }));
    await screen.findByText('Danke für Ihre Meldung!');
    expect(screen.getByRole('link', { name: 'Stand verfolgen' })).toHaveAttribute('href', '/portal/musterstadt/verfolgen/tok-123');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/portal/musterstadt/participation/reports');
    const form = post.body as FormData;
    expect(Object.fromEntries(form.entries())).toMatchObject({
      category: 'BARRIER',
      targetGroup: 'FAMILIES',
      districtId: 'd1',
      description: 'Am Eingang der Bibliothek fehlt eine Rampe.',
      website: '',
    });
    expect(form.has('address')).toBe(false);
    expect(form.has('email')).toBe(false);
    expect(JSON.parse(atob(String(form.get('altcha'))))).toMatchObject({ number: 3, signature: 'sig' });
  });

  it('keeps the honeypot away from people and assistive technology, and sends what a bot put in it', async () => {
    const calls = await mockPortal();
    const { container } = renderWithProviders(<ReportForm portal={portal} />);
    await screen.findByRole('button', { name: 'Meldung absenden' });
    const trap = container.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(screen.queryByRole('textbox', { name: 'Bitte dieses Feld leer lassen' })).toBeNull();
    // Tabbing through the form never lands on it.
    const user = userEvent.setup();
    for (let i = 0; i < 25; i++) {
      await user.tab();
      expect(document.activeElement).not.toBe(trap);
    }
    // A bot fills it: the form still posts (the server refuses it), with the field as filled.
    await user.type(trap, 'http://spam.example');
    await user.click(screen.getByRole('radio', { name: /Sonstiges/ }));
    await user.selectOptions(screen.getByLabelText('Wen betrifft es?'), 'SENIORS');
    await user.type(screen.getByLabelText('Adresse oder Ort'), 'Marktplatz');
    await user.type(screen.getByLabelText('Beschreibung'), 'Hier steht ein Werbetext.');
    await user.click(screen.getByRole('button', { name: 'Meldung absenden' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect((calls.find((c) => c.method === 'POST')!.body as FormData).get('website')).toBe('http://spam.example');
  });

  it('switches to easy language and back, and keeps the choice', async () => {
    await mockPortal();
    renderWithProviders(<ReportForm portal={portal} />);
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: 'Leichte Sprache' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bedarf oder Barriere melden');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sagen Sie uns: Was fehlt? Was stört?');
    expect(screen.getByRole('radio', { name: /Etwas ist im Weg/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abschicken' })).toBeInTheDocument();
    expect(localStorage.getItem('gemeinwerk.participation.easy')).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Abschicken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte wählen Sie: Was ist los?');
    await user.click(toggle);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bedarf oder Barriere melden');
  });
});

describe('FeedbackForm', () => {
  it('asks for an experience; rating is a radio group; the e-mail says it is never shown', async () => {
    const calls = await mockPortal();
    renderWithProviders(<FeedbackForm slug="musterstadt" offerId="o1" />);
    const user = userEvent.setup();
    expect(screen.getByLabelText(/Ihre E-Mail-Adresse/)).toHaveAccessibleDescription('Nur für Bestätigung und Antwort, wird nie angezeigt.');
    await user.click(screen.getByRole('button', { name: 'Erfahrung absenden' }));
    expect(await screen.findByText('Bitte schreiben Sie mindestens 10 Zeichen.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    const rating = screen.getByRole('group', { name: /Bewertung/ });
    expect(within(rating).getAllByRole('radio')).toHaveLength(6);
    await user.click(within(rating).getByRole('radio', { name: '4 von 5 Sternen' }));
    await user.type(screen.getByLabelText('Ihre Erfahrung'), 'Sehr freundliche Beratung, schnell einen Termin bekommen.');
    await user.type(screen.getByLabelText(/Ihre E-Mail-Adresse/), 'mutter@example.org');
    await user.click(screen.getByRole('button', { name: 'Erfahrung absenden' }));
    await screen.findByText('Danke für Ihre Erfahrung!');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/portal/musterstadt/participation/offers/o1/feedback');
    expect(JSON.parse(String(post.body))).toMatchObject({
      text: 'Sehr freundliche Beratung, schnell einen Termin bekommen.',
      rating: 4,
      email: 'mutter@example.org',
      website: '',
    });
  });
});
