// Merges result files (later files override a size's scenarios of earlier ones) and prints the
// markdown: node bench/tools/merge-results.mjs bench/results/a.json bench/results/b.json > out.md
import { readFileSync } from 'node:fs';
import { markdown } from '../lib/report.mjs';

const files = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const merged = structuredClone(files[0]);
merged.mergedFrom = files.map((f) => f.startedAt);
for (const f of files.slice(1)) {
  for (const [size, r] of Object.entries(f.sizes)) {
    merged.sizes[size] ??= r;
    Object.assign(merged.sizes[size].scenarios, r.scenarios);
    if (r.coldDashboard) merged.sizes[size].coldDashboard = r.coldDashboard;
  }
}
console.log(markdown(merged));
