import { resolve } from 'node:path';

/** Settings read from flags first, then the environment, then defaults. */
export interface VigieConfig {
  dataDir: string;
  databaseUrl?: string;
  port: number;
  host: string;
}

export const DEFAULT_PORT = 4800;

export function readConfig(
  flags: { data?: string; port?: string | number; host?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
): VigieConfig {
  const portText = String(flags.port ?? env.VIGIE_PORT ?? DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`--port: "${portText}" is not a port number (0-65535)`);
  return {
    dataDir: resolve(flags.data ?? env.VIGIE_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    port,
    host: flags.host ?? env.VIGIE_HOST ?? '127.0.0.1',
  };
}

export class ConfigError extends Error {}

/** How events are delivered outside Vigie: webhook retries, e-mail by SMTP, the live stream. */
export interface NotificationSettings {
  /** a webhook attempt is abandoned after this long */
  timeoutMs: number;
  /** first retry delay; each later one doubles, plus jitter */
  retryBaseMs: number;
  /** attempts before a delivery becomes a dead letter */
  maxAttempts: number;
  /** how often the outbox is looked at even when nothing woke it (other instances may have written) */
  pollMs: number;
  /** SSE heartbeat interval */
  heartbeatMs: number;
  smtpUrl?: string;
  mailFrom: string;
  /** the address of this Vigie in e-mails' links */
  publicUrl?: string;
  /** NATS servers carrying live events between instances (VIGIE_NATS_URL); none: in process */
  natsUrl?: string;
  /** the NATS subject of this deployment's live events (instances of one deployment share it) */
  natsSubject: string;
  /** the JetStream stream of this deployment's shared work (its subjects are `<stream in lower case>.<kind>`) */
  natsWorkStream: string;
}

export function readNotificationSettings(env: NodeJS.ProcessEnv = process.env): NotificationSettings {
  const number = (name: string, fallback: number) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isFinite(value) || value < 0)
      throw new ConfigError(`${name}: "${env[name]}" is not a non-negative number`);
    return value;
  };
  return {
    timeoutMs: number('VIGIE_WEBHOOK_TIMEOUT_MS', 10_000),
    retryBaseMs: number('VIGIE_WEBHOOK_RETRY_BASE_MS', 30_000),
    maxAttempts: Math.max(1, number('VIGIE_WEBHOOK_MAX_ATTEMPTS', 8)),
    pollMs: number('VIGIE_OUTBOX_POLL_MS', 5_000),
    heartbeatMs: number('VIGIE_STREAM_HEARTBEAT_MS', 15_000),
    smtpUrl: env.VIGIE_SMTP_URL || undefined,
    mailFrom: env.VIGIE_MAIL_FROM || 'Vigie <vigie@localhost>',
    publicUrl: env.VIGIE_PUBLIC_URL || undefined,
    natsUrl: env.VIGIE_NATS_URL || undefined,
    natsSubject: env.VIGIE_NATS_SUBJECT || 'vigie.live.events',
    natsWorkStream: env.VIGIE_NATS_WORK_STREAM || 'VIGIE_WORK',
  };
}
