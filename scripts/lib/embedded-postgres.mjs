import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';

/** Connections the embedded server accepts: the API and the worker (one each) plus a CLI run beside them. */
export const EMBEDDED_MAX_CONNECTIONS = 8;

// Frontend messages after which a client waits for ReadyForQuery: Sync, simple Query, Terminate.
const UNIT_ENDS = new Set(['S', 'Q', 'X'].map((c) => c.charCodeAt(0)));

/**
 * Runs protocol messages against one PGlite backend, one client at a time.
 *
 * The stock queue of pglite-socket interleaves single messages of different connections, so one
 * connection's Parse can replace another's unnamed statement before its Bind ("bind message supplies
 * 1 parameters, but prepared statement "" requires 3"). This queue lets a connection keep the backend
 * until its message batch ends (Sync/Query/Terminate) outside a transaction block.
 * It implements the queue interface that PGLiteSocketHandler calls.
 */
class SerialQueryQueue {
  #db;
  #owner = null;
  #waiters = [];

  constructor(db) {
    this.#db = db;
  }

  async enqueue(handlerId, message, onData) {
    await this.#acquire(handlerId);
    let bytes = 0;
    try {
      await this.#db.runExclusive(() =>
        this.#db.execProtocolRawStream(message, {
          onRawData: (data) => {
            bytes += data.length;
            onData(data);
          },
        }),
      );
    } catch (error) {
      this.#releaseIfIdle(handlerId);
      throw error;
    }
    // A startup message (first byte 0: its length) also ends a unit.
    if (message[0] === 0 || UNIT_ENDS.has(message[0])) this.#releaseIfIdle(handlerId);
    return bytes;
  }

  getQueueLength() {
    return this.#waiters.length;
  }

  clearQueueForHandler(handlerId) {
    const dropped = this.#waiters.filter((w) => w.handlerId === handlerId);
    this.#waiters = this.#waiters.filter((w) => w.handlerId !== handlerId);
    for (const waiter of dropped) waiter.reject(new Error('Handler disconnected'));
  }

  async clearTransactionIfNeeded(handlerId) {
    if (this.#owner !== handlerId) return;
    if (this.#db.isInTransaction()) await this.#db.exec('ROLLBACK');
    this.#release();
  }

  #acquire(handlerId) {
    if (this.#owner === handlerId) return Promise.resolve();
    if (this.#owner === null) {
      this.#owner = handlerId;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.#waiters.push({ handlerId, resolve, reject }));
  }

  #releaseIfIdle(handlerId) {
    if (this.#owner === handlerId && !this.#db.isInTransaction()) this.#release();
  }

  #release() {
    const next = this.#waiters.shift();
    this.#owner = next ? next.handlerId : null;
    next?.resolve();
  }
}

/**
 * Starts PGlite (PostgreSQL in WASM) on `dataDir` behind a PostgreSQL wire-protocol server on
 * 127.0.0.1 and a free port. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const queryQueue = new SerialQueryQueue(db);
  const handlers = new Set();
  const server = createServer((socket) => {
    if (handlers.size >= EMBEDDED_MAX_CONNECTIONS) {
      socket.end();
      return;
    }
    const handler = new PGLiteSocketHandler({ queryQueue, closeOnDetach: true });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  server.maxConnections = EMBEDDED_MAX_CONNECTIONS;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await Promise.all([...handlers].map((h) => h.detach(true)));
      await new Promise((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
