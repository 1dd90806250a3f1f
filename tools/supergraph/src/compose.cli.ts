import {
  composeSupergraph,
  printAllSubgraphsInChildProcesses,
  SUPERGRAPH_FILE,
  writeSupergraph,
} from './compose-supergraph';

/** `npm run compose`: prints every subgraph's SDL, composes, writes gateway/supergraph.graphql. */
try {
  const sdl = composeSupergraph(printAllSubgraphsInChildProcesses());
  writeSupergraph(sdl);
  console.log(`supergraph written to ${SUPERGRAPH_FILE} (${sdl.length} characters)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
