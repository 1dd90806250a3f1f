import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ServiceName } from '@points/config';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose-supergraph';

const root = path.resolve(__dirname, '../../..');

/**
 * Builds the sources and prints each subgraph in its own process, exactly as `npm run compose`
 * does (one process per subgraph: Nest's GraphQL type registry is per process).
 */
async function printAllFromFreshBuild(): Promise<Record<ServiceName, string>> {
  // `npm test` builds once before Jest; a direct Jest run builds here.
  if (process.env.POINTS_BUILT !== '1') {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const built = (await import(path.join(root, 'dist/tools/supergraph/src/compose-supergraph.js'))) as {
    printAllSubgraphsInChildProcesses: () => Record<ServiceName, string>;
  };
  return built.printAllSubgraphsInChildProcesses();
}

describe('gateway/supergraph.graphql', () => {
  let sdls: Record<ServiceName, string>;
  beforeAll(async () => {
    sdls = await printAllFromFreshBuild();
  }, 120_000);

  it('is exactly what the current subgraphs compose to (run `npm run compose` after a schema change)', () => {
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph(sdls));
  });

  it('crosses subgraphs: Employer is owned by employer-registration and extended by application', () => {
    expect(sdls['employer-registration']).toMatch(/type Employer\s+@key\(fields: "id"\)/);
    expect(sdls.application).toMatch(/applications: \[Application!\]!/);
  });

  it('fails loudly when subgraphs do not compose', () => {
    // A second subgraph that also resolves `Query.districts`, with another type, cannot compose.
    const broken = { ...sdls, scoring: `${sdls.scoring}\nextend type Query { districts: Int }\n` };
    expect(() => composeSupergraph(broken)).toThrow(/composition failed/);
  });

  it('is loaded from the file by the gateway, never introspected at run time', () => {
    const gatewaySource = fs.readFileSync(path.join(root, 'gateway/src/gateway.server.ts'), 'utf8');
    expect(gatewaySource).toContain('supergraphSdl: fs.readFileSync(config.supergraphPath');
    expect(gatewaySource).not.toMatch(/IntrospectAndCompose/);
  });
});
