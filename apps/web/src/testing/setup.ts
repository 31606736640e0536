import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n, loadFeatureTexts } from '@/lib/i18n';

// findBy*/waitFor give up after 1 s by default. Lazy chunks (the charts, the map) are transformed on
// first import, which on the loaded 2-core CI machine took longer than that once (a sparkline's
// drawing): wait up to 5 s, inside the tests' own 15 s (vite.config.ts).
configure({ asyncUtilTimeout: 5_000 });

// jsdom has <dialog> but not its modal behaviour; enough of it for our Dialog component.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom does not lay out pages; scrolling is a no-op there.
window.scrollTo = () => undefined;

// Components render outside the router's lazy pages here: give them every text up front.
await loadFeatureTexts();
// Both languages, so a switch to English or getFixedT('en') finds its texts at once (the app
// loads the other language only when asked).
await i18n.loadLanguages(['de', 'en']);

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('de');
});

afterEach(() => {
  cleanup();
});
