import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The benches' machine-independent figure: CPU milliseconds per request or per application, by
// process. A rate depends on how busy the machine is; the CPU a unit of work costs does not.
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU seconds (user + system, /proc/<pid>/stat) a process has used so far; 0 once it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
