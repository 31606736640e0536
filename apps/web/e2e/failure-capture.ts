import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openBrowsers } from './browser';

/**
 * When an e2e test fails, every page still open is saved as a screenshot under
 * .data/test-results/e2e-failures/, and its visible alerts and dialogs are printed, so a failure on
 * CI can be understood without running it again. Each failed attempt is also written to
 * attempts.log there: a test that passed only on its retry is listed in the summary of
 * scripts/test-all.mjs as flaky instead of passing silently.
 */
const DIR = path.resolve(__dirname, '../../../.data/test-results/e2e-failures');

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  mkdirSync(DIR, { recursive: true });
  const attempt = (ctx.task.result?.retryCount ?? 0) + 1;
  const error = ctx.task.result?.errors?.[0]?.message?.split('\n')[0] ?? '';
  appendFileSync(path.join(DIR, 'attempts.log'), `${ctx.task.file?.name ?? ''} › ${ctx.task.name} (attempt ${attempt}): ${error}\n`);
  const slug = `${ctx.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}-attempt${attempt}`;
  let n = 0;
  for (const browser of openBrowsers()) {
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        n += 1;
        const file = path.join(DIR, `${slug}-${n}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        const notes = await page
          .locator('[role=alert], [role=alertdialog], [role=dialog], [role=status]')
          .allTextContents()
          .catch(() => []);
        console.error(
          `[e2e failure] ${ctx.task.name} — page ${n}: ${page.url()}\n  screenshot: ${file}\n  alerts/dialogs: ${JSON.stringify(notes.filter((x) => x.trim()))}`,
        );
      }
    }
  }
});
