import type { LogLevel } from '@app/config';
import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';

export type Log = Logger;

/** The DI token of the process's one logger. */
export const LOG = Symbol('LOG');

/**
 * Fields that may hold personal data or secrets, censored at any of the depths a log object has.
 * No line logs a body or a query's parameters in the first place; this catches one that slips in.
 */
const SENSITIVE = [
  'password',
  'token',
  'accessToken',
  'authorization',
  'cookie',
  'body',
  'ownerName',
  'ownerPhone',
  'complainantName',
  'complainantContact',
  'displayName',
  'phone',
  'parameters',
];
const REDACT = [
  ...SENSITIVE,
  ...SENSITIVE.map((k) => `*.${k}`),
  ...SENSITIVE.map((k) => `*.*.${k}`),
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

/**
 * An error as a log line carries it: its class, message, code and stack. Not pino's default, which
 * copies every own property: a failed query carries its parameters (a resident's name, a phone).
 */
function serializeError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: String(e) };
  const code = (e as { code?: unknown }).code;
  return { type: e.constructor.name, message: e.message, ...(typeof code === 'string' ? { code } : {}), stack: e.stack };
}

/** A request as a log line carries it: no query string (it may hold a search term), no headers. */
function serializeRequest(req: { method?: string; url?: string; routeOptions?: { url?: string }; ip?: string }) {
  return { method: req.method, path: req.url?.split('?')[0], route: req.routeOptions?.url, remoteAddress: req.ip };
}

/** JSON lines on stdout (or the given stream, for tests). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Log {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: {
        err: serializeError,
        error: serializeError,
        req: serializeRequest,
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    destination,
  );
}

/**
 * Nest's own lines (boot, module errors) through the same logger. Nest's per-route "Mapped ..."
 * lines at every start go to debug: at info they would bury what the start says.
 */
export class NestLogBridge implements LoggerService {
  private static readonly CHATTY = new Set(['RoutesResolver', 'RouterExplorer', 'InstanceLoader', 'NestFactory', 'NestApplication']);

  constructor(private readonly pino: Log) {}

  log(message: unknown, ...params: unknown[]): void {
    const context = this.context(params);
    this.line(context && NestLogBridge.CHATTY.has(context) ? 'debug' : 'info', message, context);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.line('warn', message, this.context(params));
  }

  error(message: unknown, ...params: unknown[]): void {
    const context = this.context(params);
    if (message instanceof Error) this.pino.error({ context, err: message }, message.message);
    else {
      // Nest passes the stack as the first extra parameter.
      const stack = typeof params[0] === 'string' && params.length > 1 ? params[0] : undefined;
      this.pino.error({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.line('debug', message, this.context(params));
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.line('trace', message, this.context(params));
  }

  private line(level: 'info' | 'warn' | 'debug' | 'trace', message: unknown, context: string | undefined): void {
    if (typeof message === 'object' && message !== null) this.pino[level]({ context, ...message });
    else this.pino[level]({ context }, String(message));
  }

  private context(params: unknown[]): string | undefined {
    const last = params[params.length - 1];
    return typeof last === 'string' ? last : undefined;
  }
}
