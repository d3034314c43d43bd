import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { answerMemoryProbes, reportReady } from './bench-process';

/**
 * The baseline: a bare socket.io server (default in-memory adapter, no auth, no storage). Clients name their
 * rooms in the handshake; 'send' broadcasts the given message to a room and acks.
 */
const http = createServer();
const io = new Server(http, { path: '/socket.io', serveClient: false });

io.on('connection', (socket) => {
  const rooms = String(socket.handshake.query.rooms ?? '')
    .split(',')
    .filter(Boolean);
  void socket.join(rooms);
  socket.emit('ready');
  socket.on('send', (payload: { room: string; message: unknown }, ack?: (ok: boolean) => void) => {
    io.to(payload.room).emit('message:new', payload.message);
    ack?.(true);
  });
});

http.listen(0, '127.0.0.1', () => {
  answerMemoryProbes();
  process.once('SIGTERM', () => void io.close(() => process.exit(0)));
  reportReady((http.address() as AddressInfo).port);
});
