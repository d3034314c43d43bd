import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readableLogLine } from './log-line.mjs';

const ORPHAN_GUARD = join(import.meta.dirname, 'orphan-guard.cjs');

function forwardLines(stream, prefix, out, onLine) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    onLine?.(line);
    for (const part of readableLogLine(line).split('\n')) out.write(`${prefix} ${part}\n`);
  });
}

/**
 * Starts `node <script> ...args` with each output line prefixed by `[name]` (or passed through as is
 * with `prefix: false`). The child gets its own process group, so a Ctrl-C reaches only the launcher,
 * which then stops the children once and in order.
 * Returns { name, child, exited: Promise<{code, signal}>, stop(timeoutMs) }.
 */
export function startNode(name, root, args, env, { onLine, prefix = true } = {}) {
  const child = spawn(process.execPath, ['-r', ORPHAN_GUARD, ...args], {
    cwd: root,
    env,
    detached: true,
    stdio: prefix ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (prefix) {
    forwardLines(child.stdout, `[${name}]`, process.stdout, onLine);
    forwardLines(child.stderr, `[${name}]`, process.stderr, onLine);
  }
  let running = true;
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      running = false;
      resolve({ code: 1, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
  });
  return {
    name,
    child,
    exited,
    get running() {
      return running;
    },
    /** SIGTERM, then SIGKILL after `timeoutMs`; resolves when the process is gone. */
    async stop(timeoutMs = 10000) {
      if (!running) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => running && child.kill('SIGKILL'), timeoutMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
