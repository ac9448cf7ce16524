import { connect } from 'node:net';

// Raw HTTP/1.1 over a socket, byte for byte as written: what an outsider's curl or a fuzzer sends, with
// request targets, methods and framing no HTTP client library would let through.

export interface RawOutcome {
  /** The final (non-1xx) status the host answered with, or null if it closed without one. */
  status: number | null;
  /** Everything the host sent, as text. */
  text: string;
}

export interface RawOptions {
  /** Half-close after writing: the request is cut off here, and the host must answer or hang up. */
  cutOff?: boolean;
  timeoutMs?: number;
}

const finalStatus = (text: string): number | null => {
  for (const match of text.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3})/g)) {
    const status = Number(match[1]);
    if (status >= 200) return status;
  }
  return null;
};

/**
 * Sends `bytes` to 127.0.0.1:`port` and resolves once the host has answered with a final status (for a
 * whole request) or has closed the connection (for a cut-off one). Rejects if neither happens in time:
 * a host that leaves a request hanging is as broken as one that dies.
 */
export function rawExchange(port: number, bytes: string | Buffer, options: RawOptions = {}): Promise<RawOutcome> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    let settled = false;
    const finish = (outcome: RawOutcome | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => {
      finish(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(String(bytes).slice(0, 200))} (got ${JSON.stringify(text.slice(0, 200))})`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      // A whole request is answered once the final status line and its headers are in.
      if (!options.cutOff && finalStatus(text) !== null && text.includes('\r\n\r\n')) finish({ status: finalStatus(text), text });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The host may reset a connection it refused; that is hanging up, not a failure of the test.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish({ status: finalStatus(text), text });
      else finish(error);
    });
    socket.on('close', () => finish({ status: finalStatus(text), text }));
    socket.write(bytes, () => {
      if (options.cutOff) socket.end();
    });
  });
}

/** A GET of `target` with the given headers, byte for byte. */
export function rawGet(target: string, headers: Record<string, string>): string {
  return `GET ${target} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}Connection: close\r\n\r\n`;
}
