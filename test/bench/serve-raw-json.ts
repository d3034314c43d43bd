import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerMemoryProbes, reportReady } from './bench-process';

/**
 * The read baseline: a bare node:http handler answering a fixed JSON body (no auth, no database, no
 * framework). PUT /fixed stores the body the parent sends (a copy of a real API answer); GET /fixed returns it.
 */
let fixed = Buffer.from('{}');

const http = createServer((req, res) => {
  if (req.method === 'PUT') {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      fixed = Buffer.concat(parts);
      res.writeHead(204).end();
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': fixed.length });
  res.end(fixed);
});
http.keepAliveTimeout = 60_000;

http.listen(0, '127.0.0.1', () => {
  answerMemoryProbes();
  process.once('SIGTERM', () => http.close(() => process.exit(0)));
  reportReady((http.address() as AddressInfo).port);
});
