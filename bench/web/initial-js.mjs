// Initial JavaScript per route, gzip -9 of the built files: the entry with its static imports,
// the language bundle the app loads before its first render, and the lazy page chunks a route
// needs before it renders (with their static imports). From dist/.vite/manifest.json; a build
// without a manifest (before route splitting) counts the scripts index.html loads.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Route → the source files of its lazy pages (apps/web/src/app/router.tsx). */
export const ROUTE_PAGES = {
  login: ['src/app/routes/login.tsx'],
  // Pages past the login also wait for the features' texts (lib/i18n: loadFeatureTexts).
  dashboard: ['src/app/routes/workspace/layout.tsx', 'src/app/routes/workspace/dashboard.tsx', 'src/lib/i18n/features-de.ts'],
};
/** Loaded before the first render (lib/i18n): the shared German texts, German being the default. */
const LANGUAGE = 'src/lib/i18n/locales/de.json';

export function initialJs(distDir) {
  const gz = new Map();
  const gzOf = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length);
    return gz.get(file);
  };
  const total = (files) => {
    const js = [...files].filter((f) => f.endsWith('.js'));
    return { files: js.length, gzipBytes: js.reduce((n, f) => n + gzOf(f), 0) };
  };

  const manifestFile = path.join(distDir, '.vite/manifest.json');
  if (!existsSync(manifestFile)) {
    // One bundle for every route: what index.html names is what every page loads.
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
    const all = total(new Set(files));
    return { source: 'index.html', entry: all, login: all, dashboard: all };
  }

  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const closure = (keys) => {
    const files = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return files;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const start = [entryKey, ...(manifest[LANGUAGE] ? [LANGUAGE] : [])];
  const result = { source: 'manifest', entry: total(closure([entryKey])), language: manifest[LANGUAGE] ? total(closure([LANGUAGE])) : null };
  for (const [route, pages] of Object.entries(ROUTE_PAGES)) {
    // A page merged into a shared chunk has no key of its own; its importers bring it along.
    result[route] = total(closure([...start, ...pages.filter((p) => manifest[p])]));
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(initialJs(path.resolve(process.argv[2] ?? 'apps/web/dist')), null, 2));
}
