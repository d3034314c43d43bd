import type { Logger } from '@nestjs/common';
import type { createAdapter } from '@socket.io/redis-streams-adapter';

type AdapterFactory = ReturnType<typeof createAdapter>;
type ClusterAdapter = ReturnType<AdapterFactory>;
type BroadcastOptions = Parameters<ClusterAdapter['broadcast']>[1];

/** ClusterAdapter's own publishing call (protected in its typings): one message on the Redis stream. */
interface Publisher {
  publishAndReturnOffset(message: {
    type: number;
    data: { packet: unknown; opts: { rooms: string[]; except: string[]; flags: BroadcastOptions['flags'] } };
  }): Promise<string>;
}

/** socket.io-adapter's MessageType.BROADCAST: the other nodes deliver it to their own sockets. */
const BROADCAST = 3;

/**
 * The cluster adapter's broadcast awaits Redis's answer to the stream entry (XADD) before it writes to this
 * node's own sockets, so every local delivery waited for a Redis round trip. This one writes to the local
 * sockets at once, then publishes the same broadcast for the other nodes. (The stream offset it skips only
 * matters with socket.io's connection state recovery, which the hub does not use: clients resync by seq.)
 */
export function localFirst(factory: AdapterFactory, logger: Logger): AdapterFactory {
  // socket.io calls the factory with `new`: a plain function (not an arrow) that returns the adapter.
  return function localFirstAdapter(nsp: unknown) {
    const adapter = factory(nsp);
    const clusterBroadcast = adapter.broadcast.bind(adapter);
    adapter.broadcast = (packet: unknown, opts: BroadcastOptions) => {
      if (opts.flags?.local) return clusterBroadcast(packet, opts);
      const local = clusterBroadcast(packet, { ...opts, flags: { ...opts.flags, local: true } });
      const remote = (adapter as unknown as Publisher)
        .publishAndReturnOffset({
          type: BROADCAST,
          data: {
            packet,
            opts: { rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags },
          },
        })
        .catch((error: unknown) => logger.warn({ err: error }, 'broadcast not published to the other nodes'));
      return Promise.all([local, remote]).then(() => undefined);
    };
    return adapter;
  };
}
