import { startTracing } from '@points/observability';
import { loadGatewayConfig } from './gateway.config';
import { startGateway } from './gateway.server';

async function main(): Promise<void> {
  const stopTracing = startTracing('gateway');
  const gateway = await startGateway(loadGatewayConfig());
  console.log(`gateway listening on ${gateway.url.replace('127.0.0.1', 'localhost')}`);
  const stop = (): void => {
    void gateway
      .stop()
      .then(stopTracing)
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
