import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';

/**
 * Connects `count` websocket clients, `concurrency` handshakes at a time (thousands at once would time out on
 * two cores); each counts as connected once the server sends `readyEvent`.
 */
export async function connectAll(
  url: string,
  count: number,
  options: (i: number) => Partial<ManagerOptions & SocketOptions>,
  readyEvent: string,
  concurrency = 100,
): Promise<Socket[]> {
  const sockets: Socket[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      sockets[i] = await new Promise<Socket>((resolve, reject) => {
        const socket = io(url, {
          path: '/socket.io',
          transports: ['websocket'],
          reconnection: false,
          forceNew: true,
          ...options(i),
        });
        socket.once(readyEvent, () => resolve(socket));
        socket.once('connect_error', reject);
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sockets;
}
