import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What Nx knows about the workspace is what `affected`, the cache and the module-boundary lint rule
// act on: with no edges they check nothing. This reads the graph as `nx graph` writes it and checks
// the layering the platform promises (README: libs below services, no service importing another).
const ROOT = join(__dirname, '../..');
const NX_ENV = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
// `nx graph` hashes every file and parses the imports of ~600 sources; the lint probe loads the
// type-aware config: both take seconds alone and much longer on a shared 2-core machine.
const NX_TIMEOUT_MS = 120_000;

interface Graph {
  nodes: Record<string, { data: { root: string; tags?: string[] } }>;
  dependencies: Record<string, Array<{ source: string; target: string; type: string }>>;
}

function readGraph(): Graph {
  const dir = mkdtempSync(join(tmpdir(), 'nx-graph-'));
  try {
    const file = join(dir, 'graph.json');
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'graph', `--file=${file}`],
      {
        cwd: ROOT,
        env: NX_ENV,
        stdio: 'pipe',
        timeout: NX_TIMEOUT_MS,
      },
    );
    return (JSON.parse(readFileSync(file, 'utf8')) as { graph: Graph }).graph;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every cycle's projects, as strongly connected components of more than one project (or a self-edge). */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm: the graph is small (25 projects), recursion is fine.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!indices.has(v)) visit(v);
  return found;
}

describe('the Nx project graph is the real one', () => {
  let graph: Graph;
  let edges: Map<string, string[]>;
  const rootOf = (project: string): string => graph.nodes[project]!.data.root;
  const under = (top: string) => (project: string) => rootOf(project).startsWith(`${top}/`);

  beforeAll(() => {
    graph = readGraph();
    edges = new Map(
      Object.entries(graph.dependencies).map(([source, deps]) => [
        source,
        // Workspace projects only (npm packages are not nodes of the file Nx writes).
        [...new Set(deps.map((d) => d.target).filter((t) => t in graph.nodes))],
      ]),
    );
  }, NX_TIMEOUT_MS);

  it('sees every project and the imports between them', () => {
    const projects = Object.keys(graph.nodes);
    for (const known of ['application', 'scoring', 'gateway', 'web', 'db', 'testing', 'test-infra', 'e2e'])
      expect(projects).toContain(known);
    const count = [...edges.values()].reduce((n, targets) => n + targets.length, 0);
    // 0 before the @nx/js plugin analysed source files; about 110 with it.
    expect(count).toBeGreaterThan(50);
    // Imports a reader can see in the sources: the application service uses the outbox of libs/db
    // and the scoring engine; the console shares the ID-number validators.
    expect(edges.get('application')).toEqual(expect.arrayContaining(['db', 'scoring-engine', 'subgraph']));
    expect(edges.get('web')).toContain('validation');
  });

  it('has no cycle between projects', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('keeps the layers: libs import only libs, and no service imports another service', () => {
    const libs = Object.keys(graph.nodes).filter(under('libs'));
    const services = Object.keys(graph.nodes).filter(under('services'));
    expect(libs.length).toBeGreaterThan(10);
    expect(services).toHaveLength(5);
    const offending = [...edges].flatMap(([source, targets]) =>
      targets
        .filter((target) =>
          libs.includes(source)
            ? !libs.includes(target)
            : services.includes(source) && services.includes(target),
        )
        .map((target) => `${source} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('the test-only libs sit above the libs they help test, never the reverse for production code', () => {
    // libs/db's own suites use test-infra (a database, a Redis prefix); test-infra uses no workspace lib.
    expect(edges.get('test-infra') ?? []).toEqual([]);
    expect(edges.get('db')).toContain('test-infra');
    expect(edges.get('db')).not.toContain('testing');
  });
});

describe('the module-boundary lint rule acts on that graph', () => {
  // Lints a file that is not on disk (lintText), with only the boundary rule: the type-aware rules
  // need the file in the TypeScript project, this one needs only its path and imports.
  function boundaryErrors(filePath: string, code: string): string[] {
    const script = `
      import { ESLint } from ${JSON.stringify(join(ROOT, 'node_modules/eslint/lib/api.js'))};
      const eslint = new ESLint({
        cwd: ${JSON.stringify(ROOT)},
        ruleFilter: ({ ruleId }) => ruleId === '@nx/enforce-module-boundaries',
        overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
      });
      const [result] = await eslint.lintText(${JSON.stringify(code)}, { filePath: ${JSON.stringify(filePath)} });
      process.stdout.write(JSON.stringify(result.messages.map((m) => m.ruleId + ': ' + m.message.split('\\n')[0])));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: NX_ENV,
      timeout: NX_TIMEOUT_MS,
    });
    return JSON.parse(out.toString()) as string[];
  }

  it(
    'refuses a lib importing a service',
    () => {
      expect(
        boundaryErrors(
          'libs/config/src/probe.ts',
          "import { AppModule } from '../../../services/application/src/app.module';\nexport const m = AppModule;\n",
        ),
      ).toEqual([
        expect.stringMatching(/^@nx\/enforce-module-boundaries: Projects cannot be imported by a relative/),
      ]);
    },
    NX_TIMEOUT_MS,
  );

  it(
    'refuses production code importing a test helper, and lets a test of the same service do it',
    () => {
      const code = "import { eventually } from '@points/testing';\nexport const wait = eventually;\n";
      expect(boundaryErrors('services/scoring/src/probe.ts', code)).toEqual([
        expect.stringContaining('"scope:runtime" can only depend on libs tagged with "scope:runtime"'),
      ]);
      expect(boundaryErrors('services/scoring/src/probe.spec.ts', code)).toEqual([]);
    },
    NX_TIMEOUT_MS,
  );

  it(
    'refuses an import that would close a cycle (config is below db)',
    () => {
      expect(
        boundaryErrors(
          'libs/config/src/probe.ts',
          "import { updatedRows } from '@points/db';\nexport const u = updatedRows;\n",
        ),
      ).toEqual([expect.stringContaining('Circular dependency between "config" and "db"')]);
    },
    NX_TIMEOUT_MS,
  );
});
