import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { i18nReady } from './lib/i18n';
import './styles/index.css';

// The router starts fetching the first page's chunks at once, while the texts of the starting
// language (a chunk of their own) load in parallel; render once the texts are there (also if
// they failed: i18next then shows keys rather than nothing).
const router = createAppRouter();
void i18nReady.finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
});
