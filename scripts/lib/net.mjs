import { createConnection, createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Opens a TCP connection, optionally sends `payload`, and resolves with what came back first (or '' / null). */
function talk(host, port, payload, timeoutMs) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('connect', () => (payload ? socket.write(payload) : done('')));
    socket.once('data', (data) => done(data.toString('latin1')));
  });
}

/** True when something accepts TCP connections on host:port. */
export async function answers(host, port, timeoutMs = 1000) {
  return (await talk(host, port, null, timeoutMs)) !== null;
}

/** True when a Redis server that needs no password answers PING on host:port. */
export async function redisAnswers(host, port, timeoutMs = 1000) {
  const reply = await talk(host, port, 'PING\r\n', timeoutMs);
  return reply !== null && reply.startsWith('+PONG');
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** host:port/path of a URL without its credentials, for the log. */
export function where(url) {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
  } catch {
    return 'unparsable URL';
  }
}
