// A local Contabo-like API for the runtime benchmarks, run as a process of its own so that
// its work and memory stay out of the client's measurements. Listens on 127.0.0.1 only,
// prints `{"url": ...}` and serves until its stdin closes (or SIGTERM).
//
//   GET /v1/compute/instances/{id}           one small instance (request overhead)
//   GET /v1/compute/instances?page=&size=    a page made on the fly: `data` of `size` items,
//                                            `_pagination` of PAGES pages (pagination)
import { createServer } from 'node:http';
import { instance } from './instance.mjs';

const PAGES = Number(process.env.BENCH_PAGES ?? 1000);

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const requestId = req.headers['x-request-id'] ?? '00000000-0000-4000-8000-000000000000';
  const send = (body) => {
    const text = JSON.stringify(body);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'x-request-id': requestId,
    });
    res.end(text);
  };
  const one = /^\/v1\/compute\/instances\/(\d+)$/.exec(url.pathname);
  if (req.method === 'GET' && one) {
    const id = Number(one[1]);
    send({ data: [instance(id)], _links: { self: `/v1/compute/instances/${id}` } });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/v1/compute/instances') {
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const size = Math.max(1, Number(url.searchParams.get('size') ?? 100));
    const first = (page - 1) * size;
    const data = page <= PAGES ? Array.from({ length: size }, (_, i) => instance(first + i + 1)) : [];
    send({
      _pagination: { size, totalElements: PAGES * size, totalPages: PAGES, page },
      data,
      _links: {
        first: `/v1/compute/instances?page=1&size=${size}`,
        self: `/v1/compute/instances?page=${page}&size=${size}`,
        last: `/v1/compute/instances?page=${PAGES}&size=${size}`,
      },
    });
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ statusCode: 404, message: 'not found' }));
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
const stop = () => server.close(() => process.exit(0)) && server.closeAllConnections();
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
// Bounded: ends by itself even if its parent never closes stdin.
setTimeout(() => process.exit(0), 30 * 60_000).unref();
