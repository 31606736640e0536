/**
 * The markdown report: ratios, not absolute times (the machines are shared and noisy), the
 * growth S → M → L, and the issue's targets with met / missed.
 */
const fmt = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
const ratio = (a, b) => (a && b && b.opsPerSec > 0 ? a.opsPerSec / b.opsPerSec : null);

function checkCell(check) {
  if (check.error) return `error: ${check.error.slice(0, 60)}`;
  const api = check.apiEqualsLowerBound ? 'API = LB' : `API ≠ LB (${(check.apiDifference ?? '').slice(0, 60)})`;
  const peer =
    check.peer === 'missing' ? 'peer missing' : check.peerEqualsLowerBound ? 'peer = LB' : `peer ≠ LB (${(check.peerDifference ?? '').slice(0, 40)})`;
  return `${api}; ${peer}`;
}

export function markdown(results) {
  const lines = [];
  const sizes = Object.keys(results.sizes);
  lines.push(`Run ${results.startedAt} · commit ${results.commit} · ${results.options.seconds} s per measurement · seed ${results.options.seed}`, '');
  for (const size of sizes) {
    const r = results.sizes[size];
    lines.push(
      `### Size ${size}: ${Object.entries(r.counts)
        .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
        .join(', ')}`,
      '',
    );
    if (r.peer?.missing) lines.push(`Peer missing: ${r.peer.missing}`, '');
    lines.push('| scenario | conn | API/LB | API/peer | API ops/s | LB ops/s | peer ops/s | API p50 ms | LB p50 ms | failed API / LB / peer | numbers |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
    for (const [name, s] of Object.entries(r.scenarios)) {
      for (const [c, run] of Object.entries(s.runs)) {
        lines.push(
          `| ${name} | ${c} | ${fmt(ratio(run.api, run.lowerBound))} | ${fmt(ratio(run.api, run.peer))} | ${fmt(run.api?.opsPerSec, 1)} | ${fmt(run.lowerBound?.opsPerSec, 1)} | ${fmt(run.peer?.opsPerSec, 1)} | ${fmt(run.api?.p50, 0)} | ${fmt(run.lowerBound?.p50, 0)} | ${run.api?.failed ?? '—'} / ${run.lowerBound?.failed ?? '—'} / ${run.peer?.failed ?? '—'} | ${c === Object.keys(s.runs)[0] ? checkCell(s.check) : ''} |`,
        );
      }
    }
    lines.push('');
  }

  if (sizes.length > 1) {
    lines.push(`### Growth (time per operation at 1 connection, relative to ${sizes[0]})`, '');
    lines.push(`| scenario | ${sizes.map((s) => `API ${s}`).join(' | ')} | ${sizes.map((s) => `LB ${s}`).join(' | ')} |`);
    lines.push(`|---|${sizes.map(() => '---:').join('|')}|${sizes.map(() => '---:').join('|')}|`);
    for (const name of Object.keys(results.sizes[sizes[0]].scenarios)) {
      const t = (size, sys) => {
        const run = results.sizes[size].scenarios[name]?.runs[1]?.[sys];
        return run && run.opsPerSec > 0 ? 1000 / run.opsPerSec : null;
      };
      const rel = (size, sys) => {
        const base = t(sizes[0], sys);
        const v = t(size, sys);
        return base && v ? `${fmt(v / base)}× (${fmt(v, 0)} ms)` : '—';
      };
      lines.push(`| ${name} | ${sizes.map((s) => rel(s, 'api')).join(' | ')} | ${sizes.map((s) => rel(s, 'lowerBound')).join(' | ')} |`);
    }
    lines.push('');
  }

  lines.push('### Targets', '');
  for (const size of sizes) {
    const sc = results.sizes[size].scenarios;
    const at = (name, c) => sc[name]?.runs[c];
    const t = [];
    const dash1 = ratio(at('dashboard', 1)?.api, at('dashboard', 1)?.lowerBound);
    const dash10 = ratio(at('dashboard', 10)?.api, at('dashboard', 10)?.lowerBound);
    if (dash1 !== null || dash10 !== null)
      t.push(`dashboard ≥ 0.8× lower bound at 1 and 10 connections: ${fmt(dash1)} / ${fmt(dash10)} → ${dash1 >= 0.8 && dash10 >= 0.8 ? 'met' : 'missed'}`);
    const peer1 = ratio(at('dashboard', 1)?.api, at('dashboard', 1)?.peer);
    const peer10 = ratio(at('dashboard', 10)?.api, at('dashboard', 10)?.peer);
    t.push(
      `dashboard ≥ 1.5× PostGraphile: ${peer1 === null ? 'peer not measured' : `${fmt(peer1)} / ${fmt(peer10)} → ${peer1 >= 1.5 && peer10 >= 1.5 ? 'met' : 'missed'}`}`,
    );
    const failed50 = Object.entries(sc)
      .map(([n, s]) => [n, s.runs[50]?.api?.failed])
      .filter(([, f]) => f);
    t.push(`no failed API request at 50 connections: ${failed50.length ? `missed (${failed50.map(([n, f]) => `${n}: ${f}`).join(', ')})` : 'met'}`);
    const one = ratio(at('one', 1)?.api, at('one', 1)?.lowerBound);
    if (one !== null) t.push(`1-indicator request ≥ 0.5× lower bound: ${fmt(one)} → ${one >= 0.5 ? 'met' : 'missed'}`);
    const cold = results.sizes[size].coldDashboard;
    if (cold)
      t.push(
        `cold dashboard in Chromium ≤ 1.5 s: ${cold.skipped ? `skipped (${cold.skipped})` : cold.medianMs === null ? `failed (${cold.failure})` : `median ${cold.medianMs} ms of ${cold.runs.join(', ')} → ${cold.medianMs <= 1500 ? 'met' : 'missed'}`}`,
      );
    lines.push(`- ${size}: ${t.join('; ')}`);
  }
  lines.push('');
  return lines.join('\n');
}
