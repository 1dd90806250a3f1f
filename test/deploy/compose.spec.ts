// The deployment files (docker-compose.yml, deploy/) agree with the repository and with each other:
// every process in compose exists as code, every service has a container and every queue worker
// (services/*/src/worker.ts) one too, Redis keeps BullMQ's jobs, only the gateway is reachable
// from outside (plus notification's SMS receipt webhook in Kubernetes), start order is right,
// the entry script runs what compose asks for, every process gets the environment its config
// loader demands in production (PII keyring, gateway secret, SMS and registry settings), the
// development keys work with the platform's own JWT code, and every Kubernetes Deployment is
// probed where it can be, budgeted, autoscaled and fenced off behind the gateway.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { parse, parseAllDocuments } from 'yaml';
import { JwtIssuer, JwtVerifier, Role } from '@points/auth';
import {
  DEFAULT_PORTS,
  SERVICE_NAMES,
  envPrefixOf,
  loadServiceConfig,
  type ServiceName,
} from '@points/config';
import { parsePiiKeyring } from '@points/crypto';
// The settings loaders and the SMS client themselves, so that "the config loads" means what the
// processes do at boot. Services have no package entry point (as tools/supergraph):
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { loadVerificationSettings } from '../../services/archive-verification/src/verification-settings';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { HttpGatewaySmsProvider } from '../../services/notification/src/providers/http-gateway.provider';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { loadSmsSettings } from '../../services/notification/src/providers/sms-settings';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');
const eventuallyTrue = async (condition: () => boolean, timeoutMs = 5_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const DOCKERFILE = 'deploy/Dockerfile';
const ENTRYPOINT = 'deploy/entrypoint.sh';
const COMPOSE_DIR = './.data/compose';

type Process = ServiceName | 'gateway';

/** Services with a queue-worker process: those with an entry file services/<name>/src/worker.ts. */
const workerSources = fs
  .readdirSync(path.join(root, 'services'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'services', d.name, 'src/worker.ts')))
  .map((d) => d.name)
  .sort();
const workerEntryOf = (service: string): string => `dist/services/${service}/src/worker.js`;
/** notification's delivery-receipt webhook: the one subgraph route reached from outside. */
const WEBHOOK = { service: 'notification', path: '/webhooks/sms-receipts' } as const;
const PII_VARS = ['PII_ENCRYPTION_KEYS', 'PII_ACTIVE_KEY_ID', 'PII_BLIND_INDEX_KEY'] as const;
/** Every process reads its config with loadServiceConfig (PII keyring required in production),
 *  except the gateway, whose config has no PII; a later gateway that reads PII_* is flagged. */
const needsPii = (arg: string): boolean =>
  arg !== 'gateway' || /PII_/.test(read('gateway/src/gateway.config.ts'));
/** The services whose config a process loads: migrate loads every service's. */
const configsOf = (arg: string): ServiceName[] =>
  arg === 'migrate'
    ? [...SERVICE_NAMES]
    : (SERVICE_NAMES as readonly string[]).includes(arg)
      ? [arg as ServiceName]
      : [];
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

/** The entrypoint command compose asks for: the image's CMD (`run`) unless `command` says otherwise. */
function commandOf(service: ComposeService): string[] {
  const command = service.command;
  if (command === undefined) return ['run'];
  return typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : command.map(String);
}

/** Compose services built from deploy/Dockerfile, by compose name, with their SERVICE arg and command. */
const built = Object.entries(services).flatMap(([name, service]) => {
  const arg = serviceArgOf(service);
  return arg === undefined ? [] : [{ name, service, arg, command: commandOf(service).join(' ') }];
});
/** The main process of each SERVICE (the image's default command). */
const mains = built.filter((b) => b.command === 'run');
const servers = mains.filter((b) => b.arg !== 'migrate');
const workers = built.filter((b) => b.command === 'worker');
const composeNameOf = (arg: string): string | undefined => mains.find((b) => b.arg === arg)?.name;

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
  /** Compiled worker entry; '' when the service has none. */
  worker: string;
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
      arms.set(name, {
        main: value('MAIN'),
        worker: value('WORKER'),
        portVar: value('PORT_VAR'),
        defaultPort: value('DEFAULT_PORT'),
      });
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
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}
interface Probe {
  httpGet?: { path?: string; port?: string | number };
  exec?: { command?: string[] };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}
interface Container {
  name: string;
  image: string;
  args?: string[];
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  volumeMounts?: { name: string; mountPath: string }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
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
  volumes?: { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } }[];
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
  stringData?: Record<string, string>;
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
    egress?: { to?: NetworkPolicyPeer[]; ports?: { port?: number | string }[] }[];
    rules?: {
      matches?: { path?: { type?: string; value?: string } }[];
      backendRefs?: { name: string; port?: number }[];
    }[];
    parentRefs?: { name: string }[];
    type?: string;
    ports?: { port: number; targetPort?: number | string }[];
  };
}

function loadKustomization(): K8sObject[] {
  const kustomization = parse(read('deploy/k8s/kustomization.yaml')) as { resources?: string[] };
  return loadManifests(kustomization.resources ?? []);
}

function loadManifests(resources: string[]): K8sObject[] {
  const dir = path.join(root, 'deploy/k8s');
  const objects: K8sObject[] = [];
  for (const resource of resources) {
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
  const expressions = (selector?.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === 'In') return labels[key] !== undefined && values.includes(labels[key]);
    if (operator === 'NotIn') return labels[key] === undefined || !values.includes(labels[key]);
    throw new Error(`matchExpressions operator ${operator}: not understood by this test`);
  });
  return expressions && Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

/** A Service selects pods with a plain label map (`spec.selector`), not a label selector. */
const serviceSelects = (service: K8sObject, labels: Labels): boolean =>
  selects({ matchLabels: (service.spec?.selector ?? {}) as Labels }, labels);
const podLabelsOf = (d: K8sObject): Labels => d.spec?.template?.metadata?.labels ?? {};
const containerOf = (d: K8sObject): Container => d.spec!.template!.spec.containers[0]!;
/** The SERVICE a pod runs, from its image `points/<SERVICE>[:tag]`. */
const serviceOfImage = (image: string): string =>
  /^(?:.*\/)?points\/([a-z-]+)(?::.*)?$/.exec(image)?.[1] ?? image;

/**
 * The environment a container starts with: literal values, ConfigMap keys and Secret keys, the
 * Secrets as secret.template.yaml lists them. A reference to a Secret key the template lacks
 * throws (it would leave the pod in CreateContainerConfigError).
 */
function containerEnv(
  container: Container,
  configMaps: K8sObject[],
  secrets: K8sObject[],
): Record<string, string> {
  const source = (objects: K8sObject[], name: string, kind: string): Record<string, string> => {
    const found = objects.find((o) => o.metadata.name === name);
    if (!found) throw new Error(`${container.name}: refers to ${kind} ${name}, which is not defined`);
    return (kind === 'ConfigMap' ? found.data : found.stringData) ?? {};
  };
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) Object.assign(env, source(configMaps, from.configMapRef.name, 'ConfigMap'));
    if (from.secretRef) Object.assign(env, source(secrets, from.secretRef.name, 'Secret'));
  }
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
    if (ref === undefined) {
      env[variable.name] = variable.value ?? '';
      continue;
    }
    const data = variable.valueFrom?.secretKeyRef
      ? source(secrets, ref.name, 'Secret')
      : source(configMaps, ref.name, 'ConfigMap');
    const value = data[ref.key];
    if (value === undefined)
      throw new Error(
        `${container.name}: ${variable.name} refers to ${ref.name}/${ref.key}, which is not defined`,
      );
    env[variable.name] = value;
  }
  return env;
}

function probePort(container: Container, probe: Probe | undefined): number | undefined {
  const port = probe?.httpGet?.port;
  if (typeof port === 'number') return port;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

// =============================================================================================

describe('compose services and the code in the repository', () => {
  it('builds every process from deploy/Dockerfile, and starts each only as `run` or `worker`', () => {
    expect(mains.map((b) => b.arg).sort()).toEqual([...SERVICE_NAMES, 'gateway', 'migrate'].sort());
    expect(built.filter((b) => b.command !== 'run' && b.command !== 'worker').map((b) => b.name)).toEqual([]);
  });

  it('runs every queue worker in the repository (services/*/src/worker.ts), once, and no other', () => {
    expect(workerSources.length).toBeGreaterThan(0);
    expect(workers.map((w) => w.arg).sort()).toEqual(workerSources);
  });

  it.each(workers.map((w) => [w.name, w.arg]))('%s runs from the same image as %s', (name, arg) => {
    const main = services[composeNameOf(arg)!]!;
    const worker = services[name]!;
    expect(worker.image).toBe(main.image);
    expect(worker.build).toEqual(main.build);
  });

  it.each(built.map((b) => [b.name, b.arg, b.command]))(
    '%s: SERVICE=%s %s exists in the repository',
    (_name, arg, command) => {
      const where =
        command === 'worker'
          ? path.join('services', arg, 'src/worker.ts')
          : arg === 'migrate'
            ? 'scripts/migrate.ts'
            : arg === 'gateway'
              ? 'gateway'
              : path.join('services', arg);
      expect({ arg, where, exists: fs.existsSync(path.join(root, where)) }).toEqual({
        arg,
        where,
        exists: true,
      });
    },
  );

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
      .map((b) => {
        const arm = arms.get(b.arg);
        return (b.command === 'worker' ? arm?.worker : arm?.main) || `(no ${b.command} entry for ${b.arg})`;
      })
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

  it.each([...servers, ...workers].map((s) => [s.name]))(
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
  it.each(built.map((b) => [b.name, b.command]))('%s gets the shared environment', (name, command) => {
    const service = services[name]!;
    const env = envOf(service);
    expect(env.NODE_ENV).toBe('production');
    expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\/[^@]+@postgres:5432\//);
    expect(env.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
    // GATEWAY_SHARED_SECRET and the PII keys come from the file deploy/dev-keys.sh writes.
    expect(envFilesOf(service)).toContain(`${COMPOSE_DIR}/env`);
    // The public key file is a secret this service actually mounts (workers take no requests:
    // they may go without).
    const keyFile = env.AUTH_JWT_PUBLIC_KEY_FILE ?? '';
    if (command === 'worker' && keyFile === '') return;
    expect(keyFile).toMatch(/^\/run\/secrets\//);
    expect(secretsOf(service)).toContain(path.basename(keyFile));
  });

  it("gives the gateway Redis (rate limits shared by replicas, Bull Board) under the services' prefix", () => {
    const env = envOf(services[composeNameOf('gateway')!]!);
    expect(env.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
    expect(env.REDIS_PREFIX ?? 'points').toBe(
      envOf(services[composeNameOf('notification')!]!).REDIS_PREFIX ?? 'points',
    );
  });

  it.each(workerSources.map((w) => [w]))(
    'gives the %s API and its worker the same service settings',
    (arg) => {
      const [main, worker] = [composeNameOf(arg)!, workers.find((w) => w.arg === arg)!.name].map((n) =>
        envOf(services[n]!),
      );
      const own = (env: Record<string, string>) =>
        Object.fromEntries(
          Object.entries(env).filter(
            ([k]) => !['AUTH_JWT_PUBLIC_KEY_FILE', `${envPrefixOf(arg as ServiceName)}_PORT`].includes(k),
          ),
        );
      expect(own(worker!)).toEqual(own(main!));
    },
  );

  it('sends SMS through the development gateway compose runs, which the worker waits for', () => {
    const env = envOf(services[composeNameOf('notification')!]!);
    const url = new URL(env.SMS_HTTP_URL ?? '');
    const gateway = services[url.hostname];
    expect(gateway).toBeDefined();
    expect(envOf(gateway!).SMS_GATEWAY_PORT).toBe(url.port);
    expect(envFilesOf(gateway!)).toContain(`${COMPOSE_DIR}/env`);
    expect(gateway!.ports ?? []).toEqual([]);
    for (const worker of workers.filter((w) => w.arg === 'notification'))
      expect(dependsOf(worker.service)[url.hostname]).toBe('service_healthy');
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
      ...Object.values(services).flatMap(envFilesOf),
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

  /** What a compose process starts with: its env_file (as dev-keys.sh wrote it) under `environment`. */
  const processEnv = (service: ComposeService): Record<string, string> => ({
    ...envFile(),
    ...envOf(service),
  });

  it.each(built.filter((b) => needsPii(b.arg)).map((b) => [b.name, b]))(
    '%s: its production config loads (PII keyring, gateway secret, database) from what compose gives it',
    (_name, b) => {
      const env = processEnv(b.service);
      expect(env.NODE_ENV).toBe('production');
      for (const service of configsOf(b.arg)) expect(() => loadServiceConfig(service, env)).not.toThrow();
      const { keyring, blindIndexKey } = parsePiiKeyring(env);
      expect(keyring.keys[keyring.activeKeyId]).toHaveLength(32);
      expect(blindIndexKey).toHaveLength(32);
    },
  );

  it.each(
    built.filter((b) => b.arg === 'notification' || b.arg === 'archive-verification').map((b) => [b.name, b]),
  )('%s: its SMS / registry settings load in production from what compose gives it', (_name, b) => {
    const env = processEnv(b.service);
    if (b.arg === 'notification') {
      const sms = loadSmsSettings(env, 'production');
      expect(sms.providers.map((p) => p.kind)).toEqual(['http']);
    } else {
      expect(() => loadVerificationSettings(env, 'production')).not.toThrow();
    }
  });

  it('adds a variable missing from an older env file, keeping the others', async () => {
    const older = fs.mkdtempSync(path.join(os.tmpdir(), 'points-dev-keys-older-'));
    try {
      fs.writeFileSync(
        path.join(older, 'env'),
        '# older\nGATEWAY_SHARED_SECRET=kept-secret-kept-secret-kept-secret\n',
        { mode: 0o600 },
      );
      await run('bash', [path.join(root, 'deploy/dev-keys.sh'), older]);
      const lines = fs.readFileSync(path.join(older, 'env'), 'utf8').split('\n');
      expect(lines).toContain('GATEWAY_SHARED_SECRET=kept-secret-kept-secret-kept-secret');
      const names = lines.filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.slice(0, l.indexOf('=')));
      expect(names.sort()).toEqual(Object.keys(envFile()).sort());
    } finally {
      fs.rmSync(older, { recursive: true, force: true });
    }
  });

  describe('the development SMS gateway (deploy/dev-sms-gateway.mjs)', () => {
    let child: ChildProcess;
    let url: string;
    beforeAll(async () => {
      child = spawn(process.execPath, [path.join(root, 'deploy/dev-sms-gateway.mjs')], {
        env: { PATH: process.env.PATH, SMS_HTTP_SECRET: envFile().SMS_HTTP_SECRET, SMS_GATEWAY_PORT: '0' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const port = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on (\d+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`dev-sms-gateway exited with ${String(code)}`)));
      });
      url = `http://127.0.0.1:${port}/sms`;
    });
    afterAll(async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    });
    const message = (messageId: string, mobile: string) => ({
      messageId,
      mobile,
      body: '【上海人社】您的居住证积分申请已受理。',
      templateCode: 'APPLICATION_ACCEPTED',
      variables: {},
    });

    it("takes notification's own signed requests, with the secret dev-keys.sh wrote", async () => {
      const provider = new HttpGatewaySmsProvider('http', {
        url,
        secret: envFile().SMS_HTTP_SECRET!,
        timeoutMs: 2_000,
      });
      const first = await provider.send(message('m-1', '13912345678'));
      expect(first).toMatchObject({ outcome: 'ACCEPTED', delivered: true });
      // Same idempotency key: the first answer again, nothing sent twice.
      await expect(provider.send(message('m-1', '13912345678'))).resolves.toEqual(first);
      await expect(provider.send(message('m-2', '13800000001'))).resolves.toMatchObject({
        outcome: 'PERMANENT_FAILURE',
      });
      await expect(provider.send(message('m-3', '13800000003'))).rejects.toThrow(/HTTP 500/);
    });

    it('refuses a request signed with another secret', async () => {
      const provider = new HttpGatewaySmsProvider('http', { url, secret: 'x'.repeat(64), timeoutMs: 2_000 });
      await expect(provider.send(message('m-4', '13912345678'))).rejects.toThrow(/HTTP 401/);
    });
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
    expect([...arms.keys()].sort()).toEqual(mains.map((b) => b.arg).sort());
  });

  it('starts a worker for exactly the services with services/<name>/src/worker.ts', () => {
    const withWorker = [...arms].filter(([, arm]) => arm.worker !== '');
    expect(withWorker.map(([name]) => name).sort()).toEqual(workerSources);
    for (const [name, arm] of withWorker) expect(arm.worker).toBe(workerEntryOf(name));
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
        for (const file of [arm.main, arm.worker].filter(Boolean)) {
          fs.mkdirSync(path.join(app, path.dirname(file)), { recursive: true });
          fs.writeFileSync(
            path.join(app, file),
            `process.stdout.write(JSON.stringify({ service: ${JSON.stringify(service)}, env: process.env.SERVICE, file: ${JSON.stringify(file)} }));`,
          );
        }
      }
    });
    afterAll(() => fs.rmSync(app, { recursive: true, force: true }));
    // TMPDIR: where a worker leaves its pid file; each run gets a fresh one (as each container
    // does) unless told, so one test's worker never answers another's healthcheck.
    const entry = (service: string, command: string[], env: NodeJS.ProcessEnv = {}) =>
      run('sh', [path.join(root, ENTRYPOINT), ...command], {
        env: {
          ...process.env,
          TMPDIR: fs.mkdtempSync(path.join(app, 'tmp-')),
          ...env,
          APP_DIR: app,
          SERVICE: service,
        },
      });

    it.each(mains.map((b) => [b.arg]))('runs the entry file of %s', async (service) => {
      const { stdout } = await entry(service, []);
      expect(JSON.parse(stdout)).toEqual({ service, env: service, file: arms.get(service)!.main });
      await expect(entry(service, ['check'])).resolves.toBeDefined();
    });

    it.each(built.map((b) => [b.name, b.arg, b.command]))(
      '%s: runs what compose asks for (SERVICE=%s, command %s)',
      async (name, arg, command) => {
        const { stdout } = await entry(arg, commandOf(services[name]!));
        const expected = command === 'worker' ? workerEntryOf(arg) : arms.get(arg)!.main;
        expect(JSON.parse(stdout)).toEqual({ service: arg, env: arg, file: expected });
      },
    );

    it('refuses `worker` for a service without one, and fails `check` when the worker was not compiled', async () => {
      const without = [...arms].find(([, arm]) => arm.worker === '')![0];
      await expect(entry(without, ['worker'])).rejects.toMatchObject({
        code: 64,
        stderr: expect.stringMatching(/has no worker process/),
      });
      const [withWorker, arm] = [...arms].find(([, a]) => a.worker !== '')!;
      const partial = fs.mkdtempSync(path.join(os.tmpdir(), 'points-entrypoint-partial-'));
      try {
        fs.mkdirSync(path.join(partial, path.dirname(arm.main)), { recursive: true });
        fs.writeFileSync(path.join(partial, arm.main), '');
        await expect(
          run('sh', [path.join(root, ENTRYPOINT), 'check'], {
            env: { ...process.env, APP_DIR: partial, SERVICE: withWorker },
          }),
        ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`${arm.worker} is missing`) });
      } finally {
        fs.rmSync(partial, { recursive: true, force: true });
      }
    });

    it('reports a worker container healthy while its process lives and beats, unhealthy when the beat is stale or the process gone', async () => {
      const [service, arm] = [...arms].find(([, a]) => a.worker !== '')!;
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'points-entrypoint-tmp-'));
      const original = fs.readFileSync(path.join(app, arm.worker), 'utf8');
      fs.writeFileSync(path.join(app, arm.worker), 'setTimeout(() => {}, 60_000);');
      const worker = spawn('sh', [path.join(root, ENTRYPOINT), 'worker'], {
        env: { ...process.env, APP_DIR: app, SERVICE: service, TMPDIR: tmp },
        stdio: 'ignore',
      });
      try {
        await eventuallyTrue(() => fs.existsSync(path.join(tmp, 'points-worker.pid')));
        // No port variable to ask: the check must not depend on one.
        await expect(entry(service, ['healthcheck'], { TMPDIR: tmp })).resolves.toBeDefined();
        // A live process whose heartbeat stopped two minutes ago (wedged loop, lost database) is
        // unhealthy; a fresh beat makes it healthy again.
        const beat = path.join(tmp, `points-${service}-worker.heartbeat`);
        fs.writeFileSync(beat, 'x');
        const twoMinutesAgo = new Date(Date.now() - 120_000);
        fs.utimesSync(beat, twoMinutesAgo, twoMinutesAgo);
        await expect(entry(service, ['healthcheck'], { TMPDIR: tmp })).rejects.toMatchObject({ code: 1 });
        fs.writeFileSync(beat, 'x');
        await expect(entry(service, ['healthcheck'], { TMPDIR: tmp })).resolves.toBeDefined();
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.kill('SIGKILL');
        await exited;
        await expect(entry(service, ['healthcheck'], { TMPDIR: tmp })).rejects.toMatchObject({ code: 1 });
      } finally {
        worker.kill('SIGKILL');
        fs.writeFileSync(path.join(app, arm.worker), original);
        fs.rmSync(tmp, { recursive: true, force: true });
      }
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
  const isWorker = (d: K8sObject): boolean => (containerOf(d).args ?? []).join(' ') === 'worker';
  const serverDeployments = deployments.filter((d) => !isWorker(d));
  const workerDeployments = deployments.filter(isWorker);
  const gateway = serverDeployments.find((d) => serviceOfImage(containerOf(d).image) === 'gateway');
  const subgraphs = serverDeployments.filter((d) => d !== gateway);
  const webhook = subgraphs.find((d) => serviceOfImage(containerOf(d).image) === WEBHOOK.service)!;
  // Real Secrets are made out of band; the template lists every key the manifests may refer to.
  const secrets = loadManifests(['secret.template.yaml']).filter((o) => o.kind === 'Secret');
  const jobs = ofKind('Job');
  /** Every pod that runs platform code, with the SERVICE and command it runs. */
  const pods = [...deployments, ...jobs].map((o) => {
    const container = o.spec!.template!.spec.containers[0]!;
    return {
      name: o.metadata.name,
      object: o,
      container,
      arg: serviceOfImage(container.image),
      command: (container.args ?? ['run']).join(' '),
    };
  });
  const envOfPod = (c: Container) => containerEnv(c, ofKind('ConfigMap'), secrets);
  /** Prometheus's way in: the metrics port only (9464, METRICS_PORT in the ConfigMap). */
  const METRICS_PORT = 9464;
  const isMetricsRule = (rule: { ports?: { port?: number | string }[] }): boolean =>
    (rule.ports ?? []).length > 0 && (rule.ports ?? []).every((p) => p.port === METRICS_PORT);
  /** The Gateway API data plane's namespace, as the gateway's policy admits it. */
  const ingressNamespace = ofKind('NetworkPolicy')
    .filter((p) => gateway && selects(p.spec?.podSelector, podLabelsOf(gateway)))
    .flatMap((p) => p.spec?.ingress ?? [])
    .filter((r) => !isMetricsRule(r))
    .flatMap((r) => r.from ?? [])
    .find((peer) => peer.namespaceSelector)?.namespaceSelector;

  it('has a Deployment for every server compose runs and a Job for migrate', () => {
    expect(serverDeployments.map((d) => serviceOfImage(containerOf(d).image)).sort()).toEqual(
      servers.map((s) => s.arg).sort(),
    );
    expect(jobs.map((j) => serviceOfImage(j.spec!.template!.spec.containers[0]!.image))).toEqual(['migrate']);
  });

  it('has a worker Deployment for every services/*/src/worker.ts, from its service image, and no other', () => {
    expect(workerDeployments.map((d) => serviceOfImage(containerOf(d).image)).sort()).toEqual(workerSources);
    // Only the entrypoint picks the process: no command override that would bypass it.
    for (const d of workerDeployments) expect(containerOf(d).command).toBeUndefined();
  });

  it.each(serverDeployments.map((d) => [d.metadata.name, d]))(
    '%s: probes, replicas, resources, non-root',
    (_n, d) => {
      const container = containerOf(d);
      const service = serviceOfImage(container.image) as Process;
      // Its public port, and /metrics on a port of its own.
      expect(container.ports).toEqual([
        { name: 'http', containerPort: DEFAULT_PORTS[service] },
        { name: 'metrics', containerPort: METRICS_PORT },
      ]);
      expect(envOfPod(container).METRICS_PORT).toBe(String(METRICS_PORT));
      expect(container.readinessProbe?.httpGet?.path).toBe('/ready');
      expect(container.livenessProbe?.httpGet?.path).toBe('/health');
      expect(probePort(container, container.readinessProbe)).toBe(DEFAULT_PORTS[service]);
      expect(probePort(container, container.livenessProbe)).toBe(DEFAULT_PORTS[service]);
      expectCommonPodSettings(d);
    },
  );

  it.each(workerDeployments.map((d) => [d.metadata.name, d]))(
    '%s: the metrics port only, no HTTP probe (it serves nothing else), replicas, resources, non-root',
    (_n, d) => {
      const container = containerOf(d);
      expect(container.ports ?? []).toEqual([{ name: 'metrics', containerPort: METRICS_PORT }]);
      for (const probe of [container.readinessProbe, container.livenessProbe, container.startupProbe])
        expect(probe?.httpGet).toBeUndefined();
      // Liveness by the heartbeat: the entrypoint's healthcheck, as the Docker HEALTHCHECK runs it.
      expect(container.livenessProbe?.exec?.command).toEqual(['/usr/local/bin/entrypoint.sh', 'healthcheck']);
      // SIGTERM lets running jobs finish: at least the default 30 s.
      expectCommonPodSettings(d);
    },
  );

  function expectCommonPodSettings(d: K8sObject): void {
    const container = containerOf(d);
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
  }

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

  it.each(serverDeployments.map((d) => [d.metadata.name, d]))(
    '%s: a ClusterIP Service on its port',
    (_n, d) => {
      const port = containerOf(d).ports![0]!;
      const matching = ofKind('Service').filter((s) => serviceSelects(s, podLabelsOf(d)));
      expect(matching).toHaveLength(1);
      expect(matching[0]!.spec?.type ?? 'ClusterIP').toBe('ClusterIP');
      expect(matching[0]!.spec?.ports?.map((p) => p.port)).toEqual([port.containerPort]);
    },
  );

  it.each(workerDeployments.map((d) => [d.metadata.name, d]))(
    '%s: no Service, only Prometheus admitted (metrics port), egress fenced',
    (_n, d) => {
      const labels = podLabelsOf(d);
      expect(ofKind('Service').filter((s) => serviceSelects(s, labels))).toEqual([]);
      const policies = ofKind('NetworkPolicy').filter((p) => selects(p.spec?.podSelector, labels));
      expect(policies.some((p) => (p.spec?.policyTypes ?? ['Ingress']).includes('Ingress'))).toBe(true);
      for (const rule of policies.flatMap((p) => p.spec?.ingress ?? [])) expectMetricsOnly(rule);
      const egress = policies.filter((p) => (p.spec?.policyTypes ?? []).includes('Egress'));
      expect(egress.length).toBeGreaterThan(0);
      const rules = egress.flatMap((p) => p.spec?.egress ?? []);
      // Every rule names its ports (none open to everything).
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.ports?.length).toBeGreaterThan(0);
    },
  );

  it.each(subgraphs.map((d) => [d.metadata.name, d]))(
    '%s: network policies admit only the gateway on its port (notification: also the ingress controller, for the receipt webhook)',
    (_n, d) => {
      const labels = podLabelsOf(d);
      const port = containerOf(d).ports![0]!;
      const policies = ofKind('NetworkPolicy').filter((p) => selects(p.spec?.podSelector, labels));
      expect(policies.some((p) => (p.spec?.policyTypes ?? ['Ingress']).includes('Ingress'))).toBe(true);
      const all = policies.flatMap((p) => p.spec?.ingress ?? []);
      for (const rule of all.filter(isMetricsRule)) expectMetricsOnly(rule);
      const rules = all.filter((r) => !isMetricsRule(r));
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        // No `from` means everyone; a namespace selector or an IP block means someone else.
        expect(rule.from?.length).toBeGreaterThan(0);
        for (const peer of rule.from ?? []) {
          expect(peer.ipBlock).toBeUndefined();
          if (peer.namespaceSelector !== undefined) {
            // The one exception: SMS providers reach notification's webhook through the ingress controller.
            expect(d).toBe(webhook);
            expect(peer).toEqual({ namespaceSelector: ingressNamespace });
            continue;
          }
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

  /** A rule from Prometheus's namespace to the metrics port, and nothing else. */
  function expectMetricsOnly(rule: {
    from?: NetworkPolicyPeer[];
    ports?: { port?: number | string }[];
  }): void {
    expect(rule.ports?.map((p) => p.port)).toEqual([METRICS_PORT]);
    expect(rule.from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } },
    ]);
  }

  it('exposes only the gateway, and notification on the receipt webhook path only: Gateway API routes and Service types', () => {
    expect(ofKind('Ingress')).toEqual([]);
    const servicesOf = (d: K8sObject): string[] =>
      ofKind('Service')
        .filter((s) => serviceSelects(s, podLabelsOf(d)))
        .map((s) => s.metadata.name);
    const gatewayNames = new Set(ofKind('Gateway').map((g) => g.metadata.name));
    const routes = ofKind('HTTPRoute').flatMap((route) => {
      // Every route hangs off a Gateway defined here.
      for (const parent of route.spec?.parentRefs ?? []) expect(gatewayNames.has(parent.name)).toBe(true);
      return (route.spec?.rules ?? []).flatMap((rule) =>
        (rule.backendRefs ?? []).flatMap((backend) =>
          (rule.matches ?? [{}]).map((match) => ({
            path: match.path?.value,
            pathType: match.path?.type,
            name: backend.name,
          })),
        ),
      );
    });
    expect(routes.filter((r) => servicesOf(gateway!).includes(r.name)).length).toBeGreaterThan(0);
    const toWebhook = routes.filter((r) => servicesOf(webhook).includes(r.name));
    expect(toWebhook).toEqual([{ path: WEBHOOK.path, pathType: 'PathPrefix', name: expect.any(String) }]);
    // The route must lead somewhere: the controller that serves it.
    expect(read('services/notification/src/receipts/sms-receipts.controller.ts')).toContain(
      `@Controller('${WEBHOOK.path.slice(1)}')`,
    );
    const elsewhere = routes.filter((r) => !servicesOf(gateway!).includes(r.name) && !toWebhook.includes(r));
    expect(elsewhere).toEqual([]);
    expect(
      ofKind('Service').filter((s) => ['NodePort', 'LoadBalancer'].includes(s.spec?.type ?? '')),
    ).toEqual([]);
  });

  it.each([...deployments, ...jobs].map((o) => [o.metadata.name, o]))(
    '%s: a pinned image pulled every start, and egress fenced by port',
    (_n, o) => {
      const container = o.spec!.template!.spec.containers[0]!;
      expect(container.image).toMatch(/^points\/[a-z-]+:\d+\.\d+\.\d+$/);
      expect((container as { imagePullPolicy?: string }).imagePullPolicy).toBe('Always');
      const labels = o.spec!.template!.metadata?.labels ?? {};
      const egress = ofKind('NetworkPolicy').filter(
        (p) => selects(p.spec?.podSelector, labels) && (p.spec?.policyTypes ?? []).includes('Egress'),
      );
      const rules = egress.flatMap((p) => p.spec?.egress ?? []);
      expect(rules.length).toBeGreaterThan(0);
      // Every rule names its ports: nothing may go anywhere on any port.
      for (const rule of rules) expect(rule.ports?.length).toBeGreaterThan(0);
      // DNS and nothing unexpected: PostgreSQL/Redis/HTTPS/the subgraphs' ports only.
      const ports = new Set(rules.flatMap((r) => (r.ports ?? []).map((p) => p.port)));
      expect(ports.has(53)).toBe(true);
      for (const port of ports) expect([53, 5432, 6379, 443, 4001, 4002, 4003, 4004, 4005]).toContain(port);
    },
  );

  it('denies all egress by default, and kustomize pins every image to the same release', () => {
    const denyAll = ofKind('NetworkPolicy').filter(
      (p) =>
        Object.keys(p.spec?.podSelector ?? {}).length === 0 &&
        (p.spec?.policyTypes ?? []).includes('Egress') &&
        (p.spec?.egress ?? []).length === 0,
    );
    expect(denyAll).toHaveLength(1);
    const kustomization = parse(read('deploy/k8s/kustomization.yaml')) as { images: { newTag: string }[] };
    const tags = new Set(kustomization.images.map((i) => i.newTag));
    expect([...tags]).toEqual([(JSON.parse(read('package.json')) as { version: string }).version]);
  });

  it('points the gateway at every subgraph Service by name and port (ConfigMap)', () => {
    const data = Object.assign({}, ...ofKind('ConfigMap').map((c) => c.data ?? {})) as Record<string, string>;
    for (const subgraph of SERVICE_NAMES) {
      const deployment = serverDeployments.find((d) => serviceOfImage(containerOf(d).image) === subgraph)!;
      const service = ofKind('Service').find((s) => serviceSelects(s, podLabelsOf(deployment)))!;
      expect(data[`SUBGRAPH_${envPrefixOf(subgraph)}_URL`]).toBe(
        `http://${service.metadata.name}:${service.spec!.ports![0]!.port}/graphql`,
      );
    }
  });

  it('applies no Secret (real values are created out of band from secret.template.yaml)', () => {
    expect(ofKind('Secret')).toEqual([]);
    expect(secrets.length).toBeGreaterThan(0);
  });

  it.each(pods.map((p) => [p.name, p]))(
    '%s: every variable it refers to is in the ConfigMap or the secret template',
    (_n, pod) => {
      expect(() => envOfPod(pod.container)).not.toThrow();
    },
  );

  it.each(pods.filter((p) => needsPii(p.arg)).map((p) => [p.name, p]))(
    '%s: its production config loads (PII keyring, gateway secret, database) from what it is given',
    (_n, pod) => {
      const env = envOfPod(pod.container);
      expect(env.NODE_ENV).toBe('production');
      for (const name of PII_VARS) expect(env[name]).toEqual(expect.any(String));
      for (const service of configsOf(pod.arg)) expect(() => loadServiceConfig(service, env)).not.toThrow();
    },
  );

  it.each(
    pods.filter((p) => p.arg === 'notification' || p.arg === 'archive-verification').map((p) => [p.name, p]),
  )('%s: its SMS / registry settings load in production (no sink, no simulator)', (_n, pod) => {
    const env = envOfPod(pod.container);
    if (pod.arg === 'notification') {
      const sms = loadSmsSettings(env, 'production');
      expect(sms.providers.map((p) => p.kind)).not.toContain('sink');
    } else {
      const settings = loadVerificationSettings(env, 'production');
      expect(Object.values(settings.registries.modes)).not.toContain('simulator');
    }
  });

  it('gives the gateway Redis and no database or PII keys', () => {
    const env = envOfPod(containerOf(gateway!));
    expect(env.REDIS_URL).toEqual(expect.any(String));
    expect(env.REDIS_PREFIX).toBe(envOfPod(containerOf(webhook)).REDIS_PREFIX);
    expect(Object.keys(env).filter((k) => k === 'DATABASE_URL' || k.startsWith('PII_'))).toEqual([]);
  });

  it('mounts the JWT private key into employer-registration only, where AUTH_JWT_PRIVATE_KEY_FILE finds it', () => {
    const holders = pods.filter((p) =>
      (p.object.spec!.template!.spec.volumes ?? []).some((v) =>
        (v.secret?.items ?? []).some((i) => i.key === 'jwt-private.pem'),
      ),
    );
    expect(holders.map((h) => h.arg)).toEqual(['employer-registration']);
    const pod = holders[0]!;
    const volume = pod.object.spec!.template!.spec.volumes!.find((v) =>
      (v.secret?.items ?? []).some((i) => i.key === 'jwt-private.pem'),
    )!;
    const mount = pod.container.volumeMounts!.find((m) => m.name === volume.name)!;
    const item = volume.secret!.items!.find((i) => i.key === 'jwt-private.pem')!;
    expect(envOfPod(pod.container).AUTH_JWT_PRIVATE_KEY_FILE).toBe(
      path.posix.join(mount.mountPath, item.path),
    );
    expect(pods.filter((p) => envOfPod(p.container).AUTH_JWT_PRIVATE_KEY_FILE).map((p) => p.name)).toEqual([
      pod.name,
    ]);
  });
});

describe('backups (deploy/backup: CloudNativePG, PITR, restore drill)', () => {
  type Cnpg = {
    kind: string;
    metadata: { name: string };
    spec: {
      backup?: { retentionPolicy?: string; barmanObjectStore?: { destinationPath?: string } };
      postgresql?: { parameters?: Record<string, string> };
      cluster?: { name: string };
      schedule?: string;
    };
  };
  const cluster = parse(read('deploy/backup/cnpg-cluster.yaml')) as Cnpg;
  const scheduled = parse(read('deploy/backup/scheduled-backup.yaml')) as Cnpg;

  it('archives WAL continuously to an object store, keeps 30 days, and backs up the same cluster nightly', () => {
    expect(cluster.kind).toBe('Cluster');
    expect(cluster.spec.backup?.barmanObjectStore?.destinationPath).toMatch(/^s3:\/\//);
    expect(cluster.spec.backup?.retentionPolicy).toBe('30d');
    // The recovery point the drill checks (RPO_SECONDS=300) holds only if WAL is shipped that often.
    expect(cluster.spec.postgresql?.parameters?.archive_timeout).toBe('5min');
    expect(read('deploy/backup/restore-drill.sh')).toContain('RPO_SECONDS:-300');
    expect(scheduled.kind).toBe('ScheduledBackup');
    expect(scheduled.spec.cluster?.name).toBe(cluster.metadata.name);
    // Six fields (seconds first): once a day.
    expect(scheduled.spec.schedule?.split(' ')).toHaveLength(6);
  });

  it('has a restore drill that is valid bash and restores into a new cluster, never over the source', async () => {
    await promisify(execFile)('bash', ['-n', path.join(root, 'deploy/backup/restore-drill.sh')]);
    const script = read('deploy/backup/restore-drill.sh');
    expect(script).toMatch(/DRILL=\$\{DRILL:-points-db-drill\}/);
    expect(script).toContain('"bootstrap": { "recovery": { "source": "$SOURCE"');
    expect(script).toContain('delete cluster "$DRILL"');
    expect(script).not.toMatch(/delete cluster "\$SOURCE"/);
  });
});
