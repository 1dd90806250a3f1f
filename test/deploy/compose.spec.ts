// The deployment files (docker-compose.yml, deploy/) agree with the repository and with each other:
// every process in compose exists as code, every service has a container, Redis keeps BullMQ's
// jobs, only the gateway is reachable from outside, start order is right, the entry script runs
// what compose asks for, the development keys work with the platform's own JWT code, and every
// Kubernetes Deployment is probed, budgeted, autoscaled and fenced off behind the gateway.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { parse, parseAllDocuments } from 'yaml';
import { JwtIssuer, JwtVerifier, Role } from '@points/auth';
import { DEFAULT_PORTS, SERVICE_NAMES, envPrefixOf, type ServiceName } from '@points/config';
import { parsePiiKeyring } from '@points/crypto';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');
const DOCKERFILE = 'deploy/Dockerfile';
const ENTRYPOINT = 'deploy/entrypoint.sh';
const COMPOSE_DIR = './.data/compose';

type Process = ServiceName | 'gateway';
const portVarOf = (name: Process): string =>
  name === 'gateway' ? 'GATEWAY_PORT' : `${envPrefixOf(name)}_PORT`;

// ---------------------------------------------------------------------------------------------
// docker-compose.yml

interface DependsOn {
  condition?: string;
}
interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  env_file?: string | (string | { path: string })[];
  ports?: unknown[];
  expose?: unknown[];
  network_mode?: string;
  depends_on?: string[] | Record<string, DependsOn>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  secrets?: (string | { source: string; target?: string })[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { file?: string }>;
}

// Compose resolves YAML merge keys (`<<: *service-env`); so must we.
const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const services = compose.services;

/** The SERVICE build arg of a service built from deploy/Dockerfile, else undefined. */
function serviceArgOf(service: ComposeService): string | undefined {
  const build = service.build;
  if (build === undefined || typeof build === 'string') return undefined;
  if (path.normalize(build.dockerfile ?? 'Dockerfile') !== path.normalize(DOCKERFILE)) return undefined;
  const args = build.args;
  if (Array.isArray(args)) {
    const entry = args.find((a) => a.startsWith('SERVICE='));
    return entry?.slice('SERVICE='.length);
  }
  return args?.SERVICE;
}

/** Compose services built from deploy/Dockerfile, by compose name, with their SERVICE arg. */
const built = Object.entries(services).flatMap(([name, service]) => {
  const arg = serviceArgOf(service);
  return arg === undefined ? [] : [{ name, service, arg }];
});
const servers = built.filter((b) => b.arg !== 'migrate');
const composeNameOf = (arg: string): string | undefined => built.find((b) => b.arg === arg)?.name;

function envOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function dependsOf(service: ComposeService): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v.condition ?? 'service_started']));
}

const envFilesOf = (service: ComposeService): string[] =>
  [service.env_file ?? []].flat().map((f) => (typeof f === 'string' ? f : f.path));
const secretsOf = (service: ComposeService): string[] =>
  (service.secrets ?? []).map((s) => (typeof s === 'string' ? s : s.source));

// ---------------------------------------------------------------------------------------------
// deploy/entrypoint.sh: one case arm per SERVICE inside resolve()

interface Arm {
  main: string;
  portVar: string;
  defaultPort: string;
}

function entrypointArms(): Map<string, Arm> {
  const text = read(ENTRYPOINT);
  const start = text.indexOf('resolve() {');
  if (start < 0) throw new Error(`${ENTRYPOINT}: no resolve() function mapping SERVICE to a process`);
  const body = text.slice(start, text.indexOf('esac', start));
  const arms = new Map<string, Arm>();
  // `name|other)` followed by its commands up to `;;`
  for (const m of body.matchAll(/^\s*([a-z][a-z0-9-]*(?:\|[a-z][a-z0-9-]*)*)\)([\s\S]*?);;/gm)) {
    const commands = m[2]!;
    const value = (name: string): string => new RegExp(`\\b${name}=(\\S*)`).exec(commands)?.[1] ?? '';
    for (const name of m[1]!.split('|')) {
      arms.set(name, { main: value('MAIN'), portVar: value('PORT_VAR'), defaultPort: value('DEFAULT_PORT') });
    }
  }
  return arms;
}

// ---------------------------------------------------------------------------------------------
// deploy/k8s (kustomize)

interface Labels {
  [key: string]: string;
}
interface Selector {
  matchLabels?: Labels;
  matchExpressions?: unknown[];
}
interface Probe {
  httpGet?: { path?: string; port?: string | number };
}
interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
  securityContext?: {
    runAsNonRoot?: boolean;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
  };
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  containers: Container[];
}
interface NetworkPolicyPeer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: unknown;
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Labels };
  data?: Record<string, string>;
  spec?: {
    replicas?: number;
    selector?: Selector;
    template?: { metadata?: { labels?: Labels }; spec: PodSpec };
    minAvailable?: number | string;
    scaleTargetRef?: { kind: string; name: string };
    minReplicas?: number;
    metrics?: { type: string; resource?: { name: string; target?: { averageUtilization?: number } } }[];
    podSelector?: Selector;
    policyTypes?: string[];
    ingress?: { from?: NetworkPolicyPeer[]; ports?: { port?: number | string }[] }[];
    rules?: { http?: { paths?: { backend: { service?: { name: string } } }[] } }[];
    defaultBackend?: { service?: { name: string } };
    type?: string;
    ports?: { port: number; targetPort?: number | string }[];
  };
}

function loadKustomization(): K8sObject[] {
  const dir = path.join(root, 'deploy/k8s');
  const kustomization = parse(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as {
    resources?: string[];
  };
  const objects: K8sObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const file = path.join(dir, resource);
    if (!fs.existsSync(file))
      throw new Error(`deploy/k8s/kustomization.yaml lists ${resource}, which does not exist`);
    for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      if (doc.errors.length > 0) throw new Error(`deploy/k8s/${resource}: ${doc.errors[0]!.message}`);
      const object = doc.toJS() as K8sObject | null;
      if (object) objects.push(object);
    }
  }
  return objects;
}

/** Whether a label selector (matchLabels only; anything else is refused) selects these labels. */
function selects(selector: Selector | undefined, labels: Labels): boolean {
  if ((selector?.matchExpressions ?? []).length > 0)
    throw new Error('matchExpressions: not understood by this test');
  return Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

/** A Service selects pods with a plain label map (`spec.selector`), not a label selector. */
const serviceSelects = (service: K8sObject, labels: Labels): boolean =>
  selects({ matchLabels: (service.spec?.selector ?? {}) as Labels }, labels);
const podLabelsOf = (d: K8sObject): Labels => d.spec?.template?.metadata?.labels ?? {};
const containerOf = (d: K8sObject): Container => d.spec!.template!.spec.containers[0]!;
/** The SERVICE a pod runs, from its image `points/<SERVICE>[:tag]`. */
const serviceOfImage = (image: string): string =>
  /^(?:.*\/)?points\/([a-z-]+)(?::.*)?$/.exec(image)?.[1] ?? image;

function probePort(container: Container, probe: Probe | undefined): number | undefined {
  const port = probe?.httpGet?.port;
  if (typeof port === 'number') return port;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

// =============================================================================================

describe('compose services and the code in the repository', () => {
  it('builds every process from deploy/Dockerfile', () => {
    expect(built.map((b) => b.arg).sort()).toEqual([...SERVICE_NAMES, 'gateway', 'migrate'].sort());
  });

  it.each(built.map((b) => [b.name, b.arg]))('%s: SERVICE=%s exists in the repository', (_name, arg) => {
    const where =
      arg === 'migrate' ? 'scripts/migrate.ts' : arg === 'gateway' ? 'gateway' : path.join('services', arg);
    expect({ arg, where, exists: fs.existsSync(path.join(root, where)) }).toEqual({
      arg,
      where,
      exists: true,
    });
  });

  it('has a compose service for every directory under services/', () => {
    const dirs = fs
      .readdirSync(path.join(root, 'services'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const args = new Set(built.map((b) => b.arg));
    expect(dirs.filter((d) => !args.has(d))).toEqual([]);
  });

  it('runs a compiled entry file whose TypeScript source exists, for every SERVICE compose uses', () => {
    const arms = entrypointArms();
    const missing = built
      .map((b) => arms.get(b.arg)?.main ?? `(no arm for ${b.arg})`)
      .filter(
        (main) =>
          !/^dist\/.+\.js$/.test(main) ||
          !fs.existsSync(path.join(root, main.slice('dist/'.length).replace(/\.js$/, '.ts'))),
      );
    expect(missing).toEqual([]);
  });
});

describe('PostgreSQL and Redis in compose', () => {
  it('runs Redis with AOF and noeviction (BullMQ must never lose a key)', () => {
    const command = services.redis?.command;
    const tokens = (typeof command === 'string' ? command.split(/\s+/) : (command ?? [])).map(String);
    const option = (name: string): string | undefined => tokens[tokens.indexOf(name) + 1];
    expect(tokens).toContain('--appendonly');
    expect(option('--appendonly')).toBe('yes');
    expect(option('--maxmemory-policy')).toBe('noeviction');
  });

  it.each(['postgres', 'redis'])('gives %s a healthcheck, so service_healthy can mean something', (name) => {
    const healthcheck = services[name]?.healthcheck;
    expect(healthcheck?.disable).not.toBe(true);
    expect([healthcheck?.test ?? []].flat().join(' ')).toMatch(
      name === 'postgres' ? /pg_isready/ : /redis-cli ping/,
    );
  });
});

describe('what compose exposes', () => {
  it('publishes ports only on the gateway, and the gateway on its own port', () => {
    const publishing = Object.entries(services)
      .filter(([, s]) => (s.ports ?? []).length > 0 || s.network_mode === 'host')
      .map(([name]) => name);
    expect(publishing).toEqual([composeNameOf('gateway')]);
    const gateway = services[composeNameOf('gateway')!]!;
    const targets = (gateway.ports ?? []).map((p) =>
      typeof p === 'object' && p !== null
        ? String((p as { target: number }).target)
        : String(p).split(':').pop(),
    );
    expect(targets).toEqual([String(DEFAULT_PORTS.gateway)]);
  });
});

describe('start order in compose', () => {
  it('starts migrate once PostgreSQL and Redis are healthy', () => {
    const deps = dependsOf(services[composeNameOf('migrate')!]!);
    expect(deps).toMatchObject({ postgres: 'service_healthy', redis: 'service_healthy' });
  });

  it.each(servers.map((s) => [s.name]))(
    '%s waits for migrate to complete and PostgreSQL and Redis to be healthy',
    (name) => {
      expect(dependsOf(services[name]!)).toMatchObject({
        [composeNameOf('migrate')!]: 'service_completed_successfully',
        postgres: 'service_healthy',
        redis: 'service_healthy',
      });
    },
  );
});

describe('environment in compose (runtime contract)', () => {
  it.each(built.map((b) => [b.name, b.arg]))('%s gets the shared environment', (name) => {
    const service = services[name]!;
    const env = envOf(service);
    expect(env.NODE_ENV).toBe('production');
    expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\//);
    expect(env.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
    // GATEWAY_SHARED_SECRET and the PII keys come from the file deploy/dev-keys.sh writes.
    expect(envFilesOf(service)).toContain(`${COMPOSE_DIR}/env`);
    // The public key file is a secret this service actually mounts.
    const keyFile = env.AUTH_JWT_PUBLIC_KEY_FILE ?? '';
    expect(keyFile).toMatch(/^\/run\/secrets\//);
    expect(secretsOf(service)).toContain(path.basename(keyFile));
  });

  it.each(servers.map((s) => [s.name, s.arg]))('%s listens on the default port of %s', (name, arg) => {
    const port = envOf(services[name]!)[portVarOf(arg as Process)];
    expect(port ?? String(DEFAULT_PORTS[arg as Process])).toBe(String(DEFAULT_PORTS[arg as Process]));
  });

  it('gives the private key to employer-registration only', () => {
    const holders = built.filter((b) => secretsOf(b.service).includes('jwt_private')).map((b) => b.arg);
    expect(holders).toEqual(['employer-registration']);
    const env = envOf(services[composeNameOf('employer-registration')!]!);
    expect(env.AUTH_JWT_PRIVATE_KEY_FILE).toBe('/run/secrets/jwt_private');
  });

  it('points the gateway at every subgraph by its compose name and port', () => {
    const env = envOf(services[composeNameOf('gateway')!]!);
    for (const subgraph of SERVICE_NAMES) {
      expect(env[`SUBGRAPH_${envPrefixOf(subgraph)}_URL`]).toBe(
        `http://${composeNameOf(subgraph)}:${DEFAULT_PORTS[subgraph]}/graphql`,
      );
    }
  });
});

describe('deploy/dev-keys.sh and the files compose reads', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'points-dev-keys-'));
    await run('bash', [path.join(root, 'deploy/dev-keys.sh'), dir]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const envFile = (): Record<string, string> =>
    Object.fromEntries(
      fs
        .readFileSync(path.join(dir, 'env'), 'utf8')
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );

  it('writes every file compose mounts or reads, and nothing compose reads is elsewhere', () => {
    const read = [
      ...Object.values(compose.secrets ?? {}).map((s) => s.file ?? ''),
      ...built.flatMap((b) => envFilesOf(b.service)),
    ];
    expect(read.filter((f) => path.posix.dirname(f) !== COMPOSE_DIR)).toEqual([]);
    const missing = [...new Set(read)].filter((f) => !fs.existsSync(path.join(dir, path.posix.basename(f))));
    expect(missing).toEqual([]);
  });

  it('makes a key pair that the platform signs and verifies tokens with', async () => {
    const settings = { issuer: 'points-platform', audience: 'points-platform' };
    const issuer = await JwtIssuer.fromPem(
      fs.readFileSync(path.join(dir, 'jwt-private.pem'), 'utf8'),
      settings,
    );
    const verifier = await JwtVerifier.fromPem(
      fs.readFileSync(path.join(dir, 'jwt-public.pem'), 'utf8'),
      settings,
    );
    const token = await issuer.issue({ sub: 'admin-1', role: Role.HRSS_ADMIN });
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'admin-1', role: Role.HRSS_ADMIN });
  });

  it('leaves the key files readable by the container user (compose mounts them as they are)', () => {
    for (const file of ['jwt-private.pem', 'jwt-public.pem']) {
      expect(fs.statSync(path.join(dir, file)).mode & 0o004).toBe(0o004);
    }
  });

  it("writes a gateway secret and PII keys that the platform's key parser accepts", () => {
    const env = envFile();
    expect(env.GATEWAY_SHARED_SECRET?.length).toBeGreaterThanOrEqual(32);
    const { keyring, blindIndexKey } = parsePiiKeyring(env);
    expect(keyring.keys[keyring.activeKeyId]).toHaveLength(32);
    expect(blindIndexKey).toHaveLength(32);
  });

  it('never replaces keys it already wrote (new PII keys would make stored data unreadable)', async () => {
    const before = ['env', 'jwt-private.pem', 'jwt-public.pem'].map((f) =>
      fs.readFileSync(path.join(dir, f), 'utf8'),
    );
    await run('bash', [path.join(root, 'deploy/dev-keys.sh'), dir]);
    const after = ['env', 'jwt-private.pem', 'jwt-public.pem'].map((f) =>
      fs.readFileSync(path.join(dir, f), 'utf8'),
    );
    expect(after).toEqual(before);
  });
});

describe('deploy/Dockerfile and deploy/entrypoint.sh', () => {
  const arms = entrypointArms();

  it('handles every SERVICE compose builds, and no other', () => {
    expect([...arms.keys()].sort()).toEqual(built.map((b) => b.arg).sort());
  });

  it.each(servers.map((s) => [s.arg]))('knows the port variable and default port of %s', (arg) => {
    const arm = arms.get(arg)!;
    expect(arm.portVar).toBe(portVarOf(arg as Process));
    expect(arm.defaultPort).toBe(String(DEFAULT_PORTS[arg as Process]));
  });

  it('picks the process by a SERVICE build arg in the final stage, runs as node, checks /health', () => {
    const dockerfile = read(DOCKERFILE);
    const stages = dockerfile.split(/^FROM\s/m);
    const runtime = stages[stages.length - 1]!;
    expect(runtime).toMatch(/^ARG SERVICE\b/m);
    expect(runtime).toMatch(/^USER node\b/m);
    expect(runtime).toMatch(/^ENV[\s\S]*\bSERVICE=\$\{?SERVICE\}?/m);
    expect(runtime).toMatch(/^HEALTHCHECK\b[\s\S]*entrypoint\.sh.*healthcheck/m);
    expect(runtime).toMatch(/^ENTRYPOINT\b.*entrypoint\.sh/m);
    expect(runtime).toMatch(new RegExp(`^COPY\\b.*\\s${ENTRYPOINT.replace('.', '\\.')}\\s`, 'm'));
    // SERVICE only in the last stage: the dependency and build stages are shared by all images.
    expect(stages.slice(0, -1).join('')).not.toMatch(/^ARG SERVICE\b/m);
    expect(fs.existsSync(path.join(root, `${DOCKERFILE}.dockerignore`))).toBe(true);
    const ignored = read(`${DOCKERFILE}.dockerignore`).split('\n');
    for (const entry of ['node_modules', 'dist', '.data', '.git', '.nx', 'coverage'])
      expect(ignored).toContain(entry);
  });

  describe('run against a fake dist/', () => {
    let app: string;
    beforeAll(() => {
      app = fs.mkdtempSync(path.join(os.tmpdir(), 'points-entrypoint-'));
      for (const [service, arm] of arms) {
        fs.mkdirSync(path.join(app, path.dirname(arm.main)), { recursive: true });
        fs.writeFileSync(
          path.join(app, arm.main),
          `process.stdout.write(JSON.stringify({ service: ${JSON.stringify(service)}, env: process.env.SERVICE }));`,
        );
      }
    });
    afterAll(() => fs.rmSync(app, { recursive: true, force: true }));
    const entry = (service: string, command: string[], env: NodeJS.ProcessEnv = {}) =>
      run('sh', [path.join(root, ENTRYPOINT), ...command], {
        env: { ...process.env, ...env, APP_DIR: app, SERVICE: service },
      });

    it.each(built.map((b) => [b.arg]))('runs the entry file of %s', async (service) => {
      const { stdout } = await entry(service, []);
      expect(JSON.parse(stdout)).toEqual({ service, env: service });
      await expect(entry(service, ['check'])).resolves.toBeDefined();
    });

    it('refuses an unknown SERVICE and a missing entry file', async () => {
      await expect(entry('billing', [])).rejects.toMatchObject({
        code: 64,
        stderr: expect.stringMatching(/unknown SERVICE 'billing'/),
      });
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'points-entrypoint-empty-'));
      try {
        await expect(
          run('sh', [path.join(root, ENTRYPOINT), 'check'], {
            env: { ...process.env, APP_DIR: empty, SERVICE: 'scoring' },
          }),
        ).rejects.toMatchObject({
          code: 1,
          stderr: expect.stringMatching(/dist\/services\/scoring\/src\/main\.js is missing/),
        });
      } finally {
        fs.rmSync(empty, { recursive: true, force: true });
      }
    });

    it('reports healthy only when /health answers 2xx on the port from <SERVICE>_PORT', async () => {
      let status = 200;
      const server = http.createServer((req, res) => {
        res.statusCode = req.url === '/health' ? status : 404;
        res.end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = String((server.address() as AddressInfo).port);
      try {
        await expect(entry('scoring', ['healthcheck'], { SCORING_PORT: port })).resolves.toBeDefined();
        status = 503;
        await expect(entry('scoring', ['healthcheck'], { SCORING_PORT: port })).rejects.toMatchObject({
          code: 1,
        });
        // The one-shot migrate has no server.
        await expect(entry('migrate', ['healthcheck'])).resolves.toBeDefined();
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});

describe('Kubernetes manifests (deploy/k8s)', () => {
  const objects = loadKustomization();
  const ofKind = (kind: string): K8sObject[] => objects.filter((o) => o.kind === kind);
  const deployments = ofKind('Deployment');
  const gateway = deployments.find((d) => serviceOfImage(containerOf(d).image) === 'gateway');
  const subgraphs = deployments.filter((d) => d !== gateway);

  it('has a Deployment for every server compose runs and a Job for migrate', () => {
    expect(deployments.map((d) => serviceOfImage(containerOf(d).image)).sort()).toEqual(
      servers.map((s) => s.arg).sort(),
    );
    expect(ofKind('Job').map((j) => serviceOfImage(j.spec!.template!.spec.containers[0]!.image))).toEqual([
      'migrate',
    ]);
  });

  it.each(deployments.map((d) => [d.metadata.name, d]))(
    '%s: probes, replicas, resources, non-root',
    (_n, d) => {
      const container = containerOf(d);
      const service = serviceOfImage(container.image) as Process;
      expect(container.ports?.map((p) => p.containerPort)).toEqual([DEFAULT_PORTS[service]]);
      expect(container.readinessProbe?.httpGet?.path).toBe('/ready');
      expect(container.livenessProbe?.httpGet?.path).toBe('/health');
      expect(probePort(container, container.readinessProbe)).toBe(DEFAULT_PORTS[service]);
      expect(probePort(container, container.livenessProbe)).toBe(DEFAULT_PORTS[service]);
      expect(d.spec?.replicas).toBeGreaterThanOrEqual(2);
      expect(selects(d.spec?.selector, podLabelsOf(d))).toBe(true);
      expect(container.resources?.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources?.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(d.spec?.template?.spec.securityContext?.runAsNonRoot).toBe(true);
      // `USER node` is a name; Kubernetes can only verify non-root with a numeric uid.
      expect(d.spec?.template?.spec.securityContext?.runAsUser).toBeGreaterThan(0);
      expect(container.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
    },
  );

  it.each(deployments.map((d) => [d.metadata.name, d]))(
    '%s: a PodDisruptionBudget and a CPU autoscaler',
    (name, d) => {
      const pdbs = ofKind('PodDisruptionBudget').filter((p) => selects(p.spec?.selector, podLabelsOf(d)));
      expect(pdbs.map((p) => p.spec?.minAvailable)).toEqual([1]);
      const hpas = ofKind('HorizontalPodAutoscaler').filter(
        (h) => h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === name,
      );
      expect(hpas).toHaveLength(1);
      expect(hpas[0]!.spec?.minReplicas).toBeGreaterThanOrEqual(2);
      const cpu = hpas[0]!.spec?.metrics?.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
      expect(cpu?.resource?.target?.averageUtilization).toBe(70);
    },
  );

  it.each(deployments.map((d) => [d.metadata.name, d]))('%s: a ClusterIP Service on its port', (_n, d) => {
    const port = containerOf(d).ports![0]!;
    const matching = ofKind('Service').filter((s) => serviceSelects(s, podLabelsOf(d)));
    expect(matching).toHaveLength(1);
    expect(matching[0]!.spec?.type ?? 'ClusterIP').toBe('ClusterIP');
    expect(matching[0]!.spec?.ports?.map((p) => p.port)).toEqual([port.containerPort]);
  });

  it.each(subgraphs.map((d) => [d.metadata.name, d]))(
    '%s: network policies admit only the gateway, on its port',
    (_n, d) => {
      const labels = podLabelsOf(d);
      const port = containerOf(d).ports![0]!;
      const policies = ofKind('NetworkPolicy').filter((p) => selects(p.spec?.podSelector, labels));
      expect(policies.some((p) => (p.spec?.policyTypes ?? ['Ingress']).includes('Ingress'))).toBe(true);
      const rules = policies.flatMap((p) => p.spec?.ingress ?? []);
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        // No `from` means everyone; a namespace selector or an IP block means someone else.
        expect(rule.from?.length).toBeGreaterThan(0);
        for (const peer of rule.from ?? []) {
          expect(peer.namespaceSelector).toBeUndefined();
          expect(peer.ipBlock).toBeUndefined();
          expect(selects(peer.podSelector, podLabelsOf(gateway!))).toBe(true);
          const others = deployments.filter(
            (o) => o !== gateway && selects(peer.podSelector, podLabelsOf(o)),
          );
          expect(others.map((o) => o.metadata.name)).toEqual([]);
        }
        expect(rule.ports?.map((p) => p.port)).toEqual([port.containerPort]);
      }
    },
  );

  it('exposes only the gateway: Ingress backends and Service types', () => {
    const gatewayServices = ofKind('Service')
      .filter((s) => serviceSelects(s, podLabelsOf(gateway!)))
      .map((s) => s.metadata.name);
    const backends = ofKind('Ingress').flatMap((i) => [
      ...(i.spec?.defaultBackend?.service ? [i.spec.defaultBackend.service.name] : []),
      ...(i.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend.service?.name)),
    ]);
    expect(backends.length).toBeGreaterThan(0);
    expect(backends.filter((b) => !gatewayServices.includes(b ?? ''))).toEqual([]);
    expect(
      ofKind('Service').filter((s) => ['NodePort', 'LoadBalancer'].includes(s.spec?.type ?? '')),
    ).toEqual([]);
  });

  it('points the gateway at every subgraph Service by name and port (ConfigMap)', () => {
    const data = Object.assign({}, ...ofKind('ConfigMap').map((c) => c.data ?? {})) as Record<string, string>;
    for (const subgraph of SERVICE_NAMES) {
      const deployment = deployments.find((d) => serviceOfImage(containerOf(d).image) === subgraph)!;
      const service = ofKind('Service').find((s) => serviceSelects(s, podLabelsOf(deployment)))!;
      expect(data[`SUBGRAPH_${envPrefixOf(subgraph)}_URL`]).toBe(
        `http://${service.metadata.name}:${service.spec!.ports![0]!.port}/graphql`,
      );
    }
  });

  it('applies no Secret (real values are created out of band from secret.template.yaml)', () => {
    expect(ofKind('Secret')).toEqual([]);
  });
});
