import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { isIP } from 'node:net';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  registerDecorator,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `10.0.0.0/8` or a bare address (one host). */
export function isCidr(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** Comma-separated CIDRs; empty allows none. */
function IsCidrList() {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isCidrList',
      target: target.constructor,
      propertyName: property,
      options: { message: `${property} must be a comma-separated list of addresses or CIDRs (10.0.0.0/8, ::1)` },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
            .every(isCidr),
      },
    });
}

/** The process environment, checked once at boot; nothing else reads process.env. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Unset: an embedded PostgreSQL under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * The login the API and the worker use (DATABASE_URL's user runs the migrations and owns the
   * tables): created and kept a member of the least-privileged group at start.
   */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_APP_USER must be a lower-case PostgreSQL role name' })
  DATABASE_APP_USER = 'renovation_api';

  /** Unset outside production: generated once and kept under DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'DATABASE_APP_PASSWORD must be at least 16 characters' })
  DATABASE_APP_PASSWORD?: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Unset outside production: generated once and kept under DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_TTL_SECONDS = 8 * 3600;

  @IsString()
  DATA_DIR = '.data';

  /** The built web console (`npm run build:console`), served under /console/. */
  @IsString()
  CONSOLE_DIR = 'dist/console';

  /** Where the shipped data (practices, rule profiles, reviewer lists) is read from. */
  @IsString()
  SEEDS_DIR = 'seeds';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** Load the demo district, compound, project and users at start (never in production). */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  /** `npm start` also runs the worker as a child process, so deadlines fire on a one-command setup (never in production). */
  @Transform(toBool)
  @IsBoolean()
  START_WORKER = true;

  /** Failed logins allowed for one account from one address within LOGIN_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS = 10;

  /** Failed logins allowed from one address, whatever the accounts, within LOGIN_WINDOW_SECONDS: an office behind one NAT shares it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_MAX_ATTEMPTS = 50;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_SIZE = 20;

  /** How long the PM has after an overdue notice before the supervisor is told too. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  ESCALATION_GRACE_HOURS = 48;

  /** Largest roster or vote file accepted, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(200 * 1024 * 1024)
  IMPORT_MAX_BYTES = 20 * 1024 * 1024;

  /** Where archived documents are kept, by their sha256; a relative path is under the working directory. */
  @IsString()
  @MinLength(1)
  ARCHIVE_DIR = '.data/archive';

  /**
   * Webhooks may post to loopback, link-local and private addresses (a receiver on the API's own
   * network). Off by default: a URL is otherwise a way to reach what only the server can.
   */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE = false;

  /** Largest archive document accepted, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(500 * 1024 * 1024)
  ARCHIVE_MAX_BYTES = 25 * 1024 * 1024;

  /** A file under ARCHIVE_DIR that no committed upload names is removed once it is this old (an upload in flight is younger). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24 * 60)
  ARCHIVE_ORPHAN_GRACE_MINUTES = 60;

  /** Unset: `info`, and `silent` under NODE_ENV=test. */
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /** Serves the OpenAPI document and Swagger UI at /docs. */
  @Transform(toBool)
  @IsBoolean()
  DOCS_ENABLED = true;

  /** Addresses that may read /metrics without a token (a Prometheus server); anyone else needs an ADMIN bearer. */
  @IsCidrList()
  METRICS_ALLOW = '';

  /**
   * The reverse proxies (addresses or CIDRs) whose X-Forwarded-For the API believes. Empty: nobody's;
   * the socket's peer is the client. (Fastify no longer honours a bare hop count: it cannot tell a proxy from a client.)
   */
  @IsCidrList()
  TRUST_PROXY = '';

  /** Prefix of every key written to Redis (queue, rate-limit counts): deployments sharing a Redis keep apart. */
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'REDIS_PREFIX must be 1-64 letters, digits, dots, dashes or underscores' })
  REDIS_PREFIX = 'bull';

  @Transform(toBool)
  @IsBoolean()
  RATE_LIMIT_ENABLED = true;

  /** Writes (POST, PUT, PATCH, DELETE) one signed-in user may send per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_USER_WRITES = 300;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  RATE_LIMIT_USER_WINDOW_SECONDS = 60;

  /** Requests without a valid token (login, health; not the files of /docs and /console) one address may send per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_ADDRESS = 120;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  RATE_LIMIT_ADDRESS_WINDOW_SECONDS = 60;

  /** Where `npm run backup` writes its dated folders. */
  @IsString()
  @MinLength(1)
  BACKUP_DIR = '.data/backups';
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates an environment; the error is one line naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const parts = errors.map((e) => {
      const shown = /SECRET|PASSWORD|URL/.test(e.property) ? '' : ` (got "${String(raw[e.property])}")`;
      return `${Object.values(e.constraints ?? {})[0] ?? `${e.property} is invalid`}${shown}`;
    });
    throw new ConfigError(`invalid configuration: ${parts.join('; ')}`);
  }
  if (raw.LOG_LEVEL === undefined && config.NODE_ENV === 'test') config.LOG_LEVEL = 'silent';
  if (config.NODE_ENV === 'production') {
    if (!config.JWT_SECRET) throw new ConfigError('invalid configuration: JWT_SECRET must be set in production');
    if (!config.DATABASE_URL) throw new ConfigError('invalid configuration: DATABASE_URL must be set in production');
    if (!config.DATABASE_APP_PASSWORD) throw new ConfigError('invalid configuration: DATABASE_APP_PASSWORD must be set in production');
    config.SEED_DEMO = raw.SEED_DEMO === undefined ? false : config.SEED_DEMO;
    config.START_WORKER = false;
  }
  return config;
}
