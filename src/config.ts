import { resolve } from 'node:path';

/** Settings read from flags first, then the environment, then defaults. */
export interface VigieConfig {
  dataDir: string;
  databaseUrl?: string;
  port: number;
  host: string;
}

export const DEFAULT_PORT = 4800;

export function readConfig(flags: { data?: string; port?: string | number; host?: string } = {}, env: NodeJS.ProcessEnv = process.env): VigieConfig {
  const portText = String(flags.port ?? env.VIGIE_PORT ?? DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port: "${portText}" is not a port number (0-65535)`);
  return {
    dataDir: resolve(flags.data ?? env.VIGIE_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    port,
    host: flags.host ?? env.VIGIE_HOST ?? '127.0.0.1',
  };
}

export class ConfigError extends Error {}
