// How the simulated district API writes its answers: the JSON envelope and
// error bodies, and the non-JSON bodies that real gateways put in front of
// such systems (an nginx error page, a cut-off body, a JSON of another shape).
import type { ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { code, message } }, headers);
}

export function sendText(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

export function nginxPage(status: number, reason: string): string {
  return (
    `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n` +
    `<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  );
}

const REASONS: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable' };

/** A 5xx as the district's stack sends it: the app's JSON for 500, the proxy's page otherwise. */
export function sendServerError(res: ServerResponse, status: number): void {
  if (status === 500) sendError(res, 500, 'internal', '数据库连接超时，请稍后重试');
  else sendText(res, status, 'text/html', nginxPage(status, REASONS[status] ?? 'Error'));
}

/** A 200 whose body is not the promised envelope. */
export function sendBadBody(res: ServerResponse, kind: 'html' | 'truncated' | 'envelope', envelope: unknown): void {
  if (kind === 'html') sendText(res, 200, 'text/html; charset=utf-8', nginxPage(502, 'Bad Gateway'));
  else if (kind === 'truncated') {
    const text = JSON.stringify(envelope);
    sendText(res, 200, 'application/json; charset=utf-8', text.slice(0, Math.max(1, Math.floor(text.length / 2))));
  } else sendJson(res, 200, { code: 500, msg: '系统繁忙，请稍后再试', result: null });
}

/** A 200 that promises the whole envelope, sends half of it and closes the connection. */
export function sendCutOff(res: ServerResponse, envelope: unknown): void {
  const bytes = Buffer.from(JSON.stringify(envelope));
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
}
