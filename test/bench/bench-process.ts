import { fork, type ChildProcess } from 'node:child_process';

/** A server process of the benchmark, started with `node --expose-gc --import tsx` and driven over IPC. */
export interface BenchServer {
  name: string;
  child: ChildProcess;
  url: string;
  /** The server's memory after two full garbage collections. */
  memory: () => Promise<NodeJS.MemoryUsage>;
  stop: () => Promise<void>;
}

interface ReadyMessage {
  type: 'ready';
  port: number;
}
interface MemoryMessage {
  type: 'memory';
  usage: NodeJS.MemoryUsage;
}

/** Answers 'memory' requests from the parent (servers call this once started). */
export function answerMemoryProbes(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (message) => {
    if (message !== 'memory') return;
    gc?.();
    gc?.();
    const reply: MemoryMessage = { type: 'memory', usage: process.memoryUsage() };
    process.send?.(reply);
  });
}

export function reportReady(port: number): void {
  const ready: ReadyMessage = { type: 'ready', port };
  process.send?.(ready);
}

export function startServer(name: string, script: string, env: NodeJS.ProcessEnv): Promise<BenchServer> {
  const child = fork(script, [], {
    env,
    // BENCH_SERVER_NODE_ARGS adds Node flags to the servers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    execArgv: [
      '--expose-gc',
      '--import',
      'tsx',
      ...(env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) =>
      reject(new Error(`${name} exited with ${code} before it was ready`));
    child.once('exit', failed);
    child.once('message', (message: ReadyMessage) => {
      child.off('exit', failed);
      resolve({
        name,
        child,
        url: `http://127.0.0.1:${message.port}`,
        memory: () =>
          new Promise((done) => {
            const listener = (reply: MemoryMessage) => {
              if (reply.type !== 'memory') return;
              child.off('message', listener);
              done(reply.usage);
            };
            child.on('message', listener);
            child.send('memory');
          }),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
