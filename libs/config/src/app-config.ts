import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

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

  /** Failed logins allowed per account and per address within LOGIN_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS = 10;

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

  /** Largest archive document accepted, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(500 * 1024 * 1024)
  ARCHIVE_MAX_BYTES = 25 * 1024 * 1024;
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
      const shown = e.property.includes('SECRET') || e.property.includes('URL') ? '' : ` (got "${String(raw[e.property])}")`;
      return `${Object.values(e.constraints ?? {})[0] ?? `${e.property} is invalid`}${shown}`;
    });
    throw new ConfigError(`invalid configuration: ${parts.join('; ')}`);
  }
  if (config.NODE_ENV === 'production') {
    if (!config.JWT_SECRET) throw new ConfigError('invalid configuration: JWT_SECRET must be set in production');
    if (!config.DATABASE_URL) throw new ConfigError('invalid configuration: DATABASE_URL must be set in production');
    config.SEED_DEMO = raw.SEED_DEMO === undefined ? false : config.SEED_DEMO;
    config.START_WORKER = false;
  }
  return config;
}
