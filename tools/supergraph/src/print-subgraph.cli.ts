import { SERVICE_NAMES, type ServiceName } from '@points/config';
import { printSubgraph } from './print-subgraph';

/** Prints one subgraph's SDL to stdout: `node print-subgraph.cli.js <service>`. */
const service = process.argv[2] as ServiceName;
if (!SERVICE_NAMES.includes(service)) {
  console.error(`usage: print-subgraph <${SERVICE_NAMES.join('|')}>`);
  process.exit(2);
}
printSubgraph(service)
  .then((sdl) => {
    process.stdout.write(sdl);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
