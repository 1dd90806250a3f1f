import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, SERVICE_NAMES, type ServiceName } from '@points/config';

/** The repository root, from the sources or from the build in dist/ (which has no package.json). */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export const SUPERGRAPH_FILE = path.join(repoRoot(), 'gateway/supergraph.graphql');

/**
 * Composes the supergraph with @apollo/composition from each subgraph's printed SDL. Routing URLs
 * are the development defaults; the gateway overrides them from SUBGRAPH_<SERVICE>_URL.
 */
export function composeSupergraph(sdls: Record<ServiceName, string>): string {
  const result = composeServices(
    SERVICE_NAMES.map((name) => ({
      name,
      typeDefs: parse(sdls[name]),
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
    })),
  );
  if (result.errors) {
    throw new Error(
      `Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return result.supergraphSdl;
}

/** Each subgraph printed by its own process (see print-subgraph.ts for why). Built code only. */
export function printAllSubgraphsInChildProcesses(): Record<ServiceName, string> {
  const cli = path.join(__dirname, 'print-subgraph.cli.js');
  return Object.fromEntries(
    SERVICE_NAMES.map((service) => [
      service,
      execFileSync(process.execPath, [cli, service], {
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent' },
      }),
    ]),
  ) as Record<ServiceName, string>;
}

export function writeSupergraph(sdl: string): void {
  fs.writeFileSync(SUPERGRAPH_FILE, sdl);
}
