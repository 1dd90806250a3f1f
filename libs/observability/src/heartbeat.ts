import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Where a worker process leaves its heartbeat (read by `deploy/entrypoint.sh healthcheck`). */
export function heartbeatFileOf(service: string, env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.WORKER_HEARTBEAT_FILE ?? path.join(env.TMPDIR ?? os.tmpdir(), `points-${service}-worker.heartbeat`)
  );
}

export interface Heartbeat {
  /** Runs the checks once and writes the file if they pass (the timer does this every interval). */
  beat(): Promise<boolean>;
  stop(): void;
}

/**
 * Liveness for processes that serve no HTTP (the queue workers): every `intervalMs` the checks run
 * (e.g. `SELECT 1`, a Redis PING) and, when all pass, the file's content and mtime are renewed. A
 * wedged event loop or a lost connection stops the beats, so a probe that asks "was the file
 * touched in the last minute?" restarts the process instead of leaving it holding nothing.
 */
export function startHeartbeat(options: {
  /** The process's service: names the default file, so two workers on one host never share one. */
  service: string;
  file?: string;
  intervalMs?: number;
  checks: Array<() => Promise<unknown>>;
  onMissed?: (error: unknown) => void;
}): Heartbeat {
  const file = options.file ?? heartbeatFileOf(options.service);
  const beat = async (): Promise<boolean> => {
    try {
      await Promise.all(options.checks.map((check) => check()));
      fs.writeFileSync(file, new Date().toISOString());
      return true;
    } catch (error) {
      options.onMissed?.(error);
      return false;
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), options.intervalMs ?? 15_000);
  // The heartbeat never keeps a stopping process alive.
  timer.unref();
  return {
    beat,
    stop: () => {
      clearInterval(timer);
      fs.rmSync(file, { force: true });
    },
  };
}
