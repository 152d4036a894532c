import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scripted } from './model.ts';

/**
 * Plays a scripted reaction: a delay, a connection dropped before the answer
 * or half-way through its body, a status with its headers and body, or a body
 * held back after the headers. False when the request is to be handled
 * normally afterwards (a delay alone).
 */
export async function play(
  s: Scripted,
  req: IncomingMessage,
  res: ServerResponse,
  later: (ms: number) => Promise<void>,
): Promise<boolean> {
  if (s.delayMs) await later(s.delayMs);
  if (s.destroy === 'before-response') {
    req.socket.destroy();
    return true;
  }
  if (s.destroy === 'mid-body') {
    res.writeHead(s.status ?? 200, { 'content-type': 'application/json', 'content-length': '1000', ...s.headers });
    res.write('{"data":[{"instanceId":1,');
    await later(20);
    req.socket.destroy();
    return true;
  }
  if (s.status === undefined) return false;
  const echo = req.headers['x-request-id'];
  const text = s.text ?? (s.json === undefined ? '' : JSON.stringify(s.json));
  const head: Record<string, string> = {
    ...(s.json !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(typeof echo === 'string' ? { 'x-request-id': echo } : {}),
    ...s.headers,
    'content-length': String(Buffer.byteLength(text)),
  };
  res.writeHead(s.status, head);
  if (s.stallBodyMs) {
    res.flushHeaders();
    await later(s.stallBodyMs);
  }
  res.end(text);
  return true;
}
