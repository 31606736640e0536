import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * No Docker engine and no cluster run here: these checks are what can be proven offline about
 * infra/ — every YAML parses, every Kubernetes object validates against the Kubernetes schemas
 * (npm `kubernetes-models`), the objects refer to each other correctly, the compose stack has
 * its parts, the Dockerfile has its structure, and every variable is in the one table of
 * docs/operations.md.
 */
const ROOT = path.resolve(__dirname, '../..');
const INFRA = path.join(ROOT, 'infra');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : yamlFiles(p);
    return /\.ya?ml$/.test(e.name) ? [p] : [];
  });
}

function parseYaml(file: string): any[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true, prettyErrors: true });
  return (Array.isArray(docs) ? docs : [docs]).map((d) => {
    if (d.errors.length) throw new Error(`${path.relative(ROOT, file)}: ${d.errors.map((e) => e.message).join('; ')}`);
    if (d.warnings.length) throw new Error(`${path.relative(ROOT, file)}: ${d.warnings.map((e) => e.message).join('; ')}`);
    return d.toJS({ maxAliasCount: 100 });
  });
}

function validateK8s(objects: unknown[]): { kind: string; name: string; error: string | null }[] {
  const r = spawnSync(process.execPath, [path.join(INFRA, 'test/validate-k8s.mjs')], { input: JSON.stringify(objects), encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`validate-k8s.mjs failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Variables of the one table in docs/operations.md (backticked names in the first column). */
function documentedVariables(): Set<string> {
  const doc = read('docs/operations.md');
  const tables = doc.split('\n').filter((l) => /^\|\s*variable\s*\|/.test(l));
  expect(tables).toHaveLength(1);
  const start = doc.indexOf(tables[0]);
  const rows = doc.slice(start).split('\n').slice(2);
  const names = new Set<string>();
  for (const row of rows) {
    if (!row.startsWith('|')) break;
    for (const m of row.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)) names.add(m[1]);
  }
  return names;
}

/** Every variable the API reads: the config schema's keys and `env.X` / `process.env.X` outside tests. */
function variablesTheAppReads(): Set<string> {
  const names = new Set<string>();
  const config = read('apps/api/src/config/app-config.ts');
  const schema = config.slice(config.indexOf('const schema = z.object({'), config.indexOf('});', config.indexOf('const schema = z.object({')));
  for (const m of schema.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)) names.add(m[1]);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === 'test'
          ? []
          : walk(path.join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
  for (const file of walk(path.join(ROOT, 'apps/api/src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) names.add(m[1]);
  }
  // Set by pnpm for scripts (the caller's directory), not configuration.
  names.delete('INIT_CWD');
  return names;
}

const k8sFiles = readdirSync(path.join(INFRA, 'k8s')).filter((f) => f.endsWith('.yaml'));
const k8s = k8sFiles.filter((f) => f !== 'kustomization.yaml').flatMap((f) => parseYaml(path.join(INFRA, 'k8s', f)).map((o) => ({ file: f, ...o })));
const ofKind = (kind: string) => k8s.filter((o) => o.kind === kind);
const one = (kind: string) => {
  const all = ofKind(kind);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('infra: YAML', () => {
  it('parses every YAML file under infra/ without errors or warnings', () => {
    const files = yamlFiles(INFRA);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) expect(parseYaml(f).length).toBeGreaterThan(0);
  });
});

describe('infra: Kubernetes manifests', () => {
  it('has a Deployment, Service, Ingress, HPA, PodDisruptionBudget, migration Job, ConfigMap and Secret', () => {
    for (const kind of ['Deployment', 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Job', 'ConfigMap', 'Secret', 'Namespace'])
      one(kind);
  });

  it('validates every object against the Kubernetes schemas', () => {
    const results = validateK8s(k8s.map(({ file: _file, ...o }) => o));
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(results).toHaveLength(k8s.length);
  });

  it('the validator rejects a broken object (wrong type, missing required field)', () => {
    const { file: _file, ...deployment } = one('Deployment');
    const broken = JSON.parse(JSON.stringify(deployment));
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'three thousand';
    const noSelector = JSON.parse(JSON.stringify(deployment));
    delete noSelector.spec.selector;
    const [a, b] = validateK8s([broken, noSelector]);
    expect(a.error).toMatch(/containerPort must be integer/);
    expect(b.error).toMatch(/required property '?selector/);
  });

  it('lists every manifest in the kustomization, and only those', () => {
    const [kustomization] = parseYaml(path.join(INFRA, 'k8s/kustomization.yaml'));
    expect([...kustomization.resources].sort()).toEqual(k8sFiles.filter((f) => f !== 'kustomization.yaml').sort());
  });

  it('wires the objects together: selectors, names, ports, probes, config and secret keys', () => {
    const deployment = one('Deployment');
    const podLabels = deployment.spec.template.metadata.labels;
    const matches = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => podLabels[k] === v);
    expect(matches(deployment.spec.selector.matchLabels)).toBe(true);
    const service = one('Service');
    expect(matches(service.spec.selector)).toBe(true);
    expect(matches(one('PodDisruptionBudget').spec.selector.matchLabels)).toBe(true);
    const hpa = one('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(one('PodDisruptionBudget').spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);

    const container = deployment.spec.template.spec.containers[0];
    const portNames = container.ports.map((p: { name: string }) => p.name);
    expect(portNames).toContain(service.spec.ports[0].targetPort);
    const backend = one('Ingress').spec.rules[0].http.paths[0].backend.service;
    expect(backend.name).toBe(service.metadata.name);
    expect(service.spec.ports.map((p: { name: string }) => p.name)).toContain(backend.port.name);

    // The probe paths are the health controller's routes.
    const health = read('apps/api/src/health/health.controller.ts');
    expect(health).toContain("@Controller('health')");
    for (const probe of [container.readinessProbe, container.livenessProbe, container.startupProbe]) {
      const route = probe.httpGet.path.replace('/health/', '');
      expect(health).toContain(`@Get('${route}')`);
    }

    // Non-root everywhere; the Job migrates with the same image the Deployment runs.
    const job = one('Job');
    const jobContainer = job.spec.template.spec.containers[0];
    for (const pod of [deployment.spec.template.spec, job.spec.template.spec]) expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(jobContainer.image).toBe(container.image);
    expect(jobContainer.args).toEqual(['migrate']);
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(25 + 5);

    // Every referenced ConfigMap/Secret key exists, and every variable set is one the app reads.
    const configMap = one('ConfigMap');
    const secret = one('Secret');
    const reads = variablesTheAppReads();
    for (const c of [container, jobContainer]) {
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef) expect(from.configMapRef.name).toBe(configMap.metadata.name);
        if (from.secretRef) expect(from.secretRef.name).toBe(secret.metadata.name);
      }
      for (const e of c.env ?? []) {
        expect(reads).toContain(e.name);
        const ref = e.valueFrom?.secretKeyRef;
        if (ref) {
          expect(ref.name).toBe(secret.metadata.name);
          expect(Object.keys(secret.stringData)).toContain(ref.key);
        }
      }
    }
    for (const key of Object.keys(configMap.data)) expect(reads).toContain(key);
  });
});

describe('infra: compose', () => {
  const [compose] = parseYaml(path.join(INFRA, 'compose.yaml'));
  const services = compose.services as Record<string, any>;

  it('runs PostgreSQL, a migration step, two app instances, nginx and a mail catcher', () => {
    expect(Object.keys(services).sort()).toEqual(['api-1', 'api-2', 'mailpit', 'migrate', 'nginx', 'postgres']);
    expect(services.postgres.image).toMatch(/postgres/);
    expect(services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(services.mailpit.image).toMatch(/mailpit/);
    expect(services.nginx.image).toMatch(/^nginx:/);
  });

  it('archives every WAL segment to pgBackRest, with the stanza and data directory of infra/backup/pgbackrest.conf', () => {
    const conf = readFileSync(path.join(INFRA, 'backup/pgbackrest.conf'), 'utf8');
    const sections = [...conf.matchAll(/^\[([^\]]+)\]$/gm)].map((m) => m[1]);
    const stanza = sections.find((s) => !s.startsWith('global'));
    expect(stanza).toBe('gemeinwerk');
    const settings = (services.postgres.command as string[]).filter((a, i, all) => all[i - 1] === '-c');
    expect(settings).toEqual(expect.arrayContaining(['archive_mode=on', `archive_command=pgbackrest --stanza=${stanza} archive-push %p`]));
    expect(Number(settings.find((s) => s.startsWith('archive_timeout='))?.split('=')[1])).toBeLessThanOrEqual(300);
    // The image's PGDATA (PostgreSQL 18 images: /var/lib/postgresql/18/docker) lies in the mounted volume.
    const pg1 = /^pg1-path=(.+)$/m.exec(conf)?.[1];
    expect(pg1).toBe('/var/lib/postgresql/18/docker');
    expect(services.postgres.volumes).toEqual(expect.arrayContaining(['pgdata:/var/lib/postgresql', 'pgbackrest:/var/lib/pgbackrest']));
    expect(/^repo1-path=(.+)$/m.exec(conf)?.[1]).toBe('/var/lib/pgbackrest');
    expect(Number(/^repo1-retention-full=(\d+)$/m.exec(conf)?.[1])).toBeGreaterThanOrEqual(2);
    const dockerfile = readFileSync(path.join(INFRA, services.postgres.build.context, services.postgres.build.dockerfile), 'utf8');
    expect(dockerfile).toMatch(/^FROM postgres:18-bookworm$/m);
    expect(dockerfile).toContain('apt-get install -y --no-install-recommends pgbackrest');
    expect(dockerfile).toContain('COPY infra/backup/pgbackrest.conf /etc/pgbackrest/pgbackrest.conf');
  });

  it('migrates once, before the instances start; the instances do not migrate', () => {
    expect(services.migrate.command).toEqual(['migrate']);
    expect(services.migrate.depends_on.postgres.condition).toBe('service_healthy');
    for (const api of ['api-1', 'api-2']) {
      expect(services[api].build).toEqual({ context: '..', dockerfile: 'infra/Dockerfile' });
      expect(services[api].depends_on.migrate.condition).toBe('service_completed_successfully');
      expect(services[api].environment.MIGRATE_ON_START).toBe('false');
      expect(services[api].environment.DATABASE_URL).toMatch(/@postgres:5432\//);
    }
    expect(existsSync(path.join(INFRA, services['api-1'].build.context, services['api-1'].build.dockerfile))).toBe(true);
  });

  it('puts both instances behind nginx with the repository’s nginx.conf', () => {
    const mount = services.nginx.volumes.find((v: string) => v.includes('nginx.conf'));
    expect(mount).toMatch(/^\.\/nginx\/nginx\.conf:\/etc\/nginx\/nginx\.conf:ro$/);
    const conf = readFileSync(path.join(INFRA, 'nginx/nginx.conf'), 'utf8');
    const upstream = [...conf.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstream.sort()).toEqual(['api-1:3000', 'api-2:3000']);
    const listen = /^\s*listen\s+(\d+);/m.exec(conf)![1];
    expect(services.nginx.ports).toContain(`${listen}:${listen}`);
    expect(services.nginx.depends_on['api-1'].condition).toBe('service_healthy');
  });

  it('sets only variables the app reads, and documents the ones compose interpolates', () => {
    const reads = variablesTheAppReads();
    for (const api of ['api-1', 'api-2', 'migrate']) for (const key of Object.keys(services[api].environment)) expect(reads).toContain(key);
    const documented = documentedVariables();
    const interpolated = [...read('infra/compose.yaml').matchAll(/\$\{([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]);
    expect(interpolated.length).toBeGreaterThan(0);
    for (const name of interpolated) expect(documented).toContain(name);
  });
});

describe('infra: Dockerfile', () => {
  const dockerfile = read('infra/Dockerfile');
  const instructions = dockerfile.split('\n').filter((l) => /^[A-Z]+\s/.test(l));
  const stages = instructions.filter((l) => l.startsWith('FROM '));
  const last = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('builds in stages and runs the last one as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const s of stages) expect(s).toMatch(/ AS [a-z]+$/);
    const user = /^USER\s+(\S+)/m.exec(last)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
  });

  it('has a HEALTHCHECK on the readiness endpoint, and serve/migrate commands that exist', () => {
    expect(last).toMatch(/^HEALTHCHECK .*\n?.*\/health\/ready/m);
    expect(last).toMatch(/^ENTRYPOINT \["gemeinwerk"\]/m);
    const entrypoint = read('infra/docker-entrypoint.sh');
    const commands = [...entrypoint.matchAll(/^\s+(serve|migrate)\).*node (apps\/api\/dist\/\S+)\.js/gm)].map((m) => [m[1], m[2]]);
    expect(commands.map(([c]) => c)).toEqual(['serve', 'migrate']);
    for (const [command, dist] of commands) {
      expect(['serve', 'migrate']).toContain(command);
      // dist/x.js is compiled from src/x.ts
      expect(existsSync(path.join(ROOT, dist.replace('apps/api/dist/', 'apps/api/src/') + '.ts'))).toBe(true);
    }
    expect(entrypoint).toMatch(/migrate\)/);
    expect(last).toMatch(/MIGRATE_ON_START=false/);
  });
});

describe('infra: the variable table', () => {
  it('documents every variable the app reads, in the one table of docs/operations.md', () => {
    const documented = documentedVariables();
    const reads = variablesTheAppReads();
    expect(reads.size).toBeGreaterThan(25);
    expect([...reads].filter((v) => !documented.has(v))).toEqual([]);
  });

  it('documents nothing the app does not read (except compose’s own variables)', () => {
    const reads = variablesTheAppReads();
    const composeOnly = new Set([...read('infra/compose.yaml').matchAll(/\$\{([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));
    expect([...documentedVariables()].filter((v) => !reads.has(v) && !composeOnly.has(v))).toEqual([]);
  });
});
