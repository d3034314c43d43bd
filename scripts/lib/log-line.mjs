// pino writes one JSON object per line; at a terminal a short readable line serves better.
const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

function clock(time) {
  return typeof time === 'number' ? new Date(time).toTimeString().slice(0, 8) : '';
}

/** A pino JSON line as `HH:MM:SS LEVEL context: message`, with request and error details; other lines as they are. */
export function readableLogLine(line) {
  if (!line.startsWith('{')) return line;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof entry !== 'object' || entry === null || !(entry.level in LEVELS)) return line;
  const parts = [clock(entry.time), LEVELS[entry.level].padEnd(5)];
  if (entry.context) parts.push(`${entry.context}:`);
  parts.push(entry.msg ?? '');
  if (entry.req?.method)
    parts.push(`${entry.req.method} ${entry.req.url} ${entry.res?.statusCode ?? ''}`.trim());
  if (typeof entry.responseTime === 'number') parts.push(`${entry.responseTime}ms`);
  const err = entry.err ?? entry.error;
  if (err?.message && !err.stack) parts.push(err.message);
  const text = parts.filter(Boolean).join(' ');
  return err?.stack ? `${text}\n${err.stack}` : text;
}
