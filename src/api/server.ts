import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openVigie, type VigieContext } from '../context.ts';
import { createApp } from './app.ts';
import { RISK_HORIZONS } from '../core/risk/site-risk.service.ts';
import { recordServerAddress } from '../store/db.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

export const DEFAULT_WEB_DIR = join(PACKAGE_ROOT, 'web', 'dist');

export interface ServerOptions {
  dataDir: string;
  databaseUrl?: string;
  /** 0 picks a free port */
  port?: number;
  host?: string;
  webDir?: string;
  /** an already open context (the demo loads data first) */
  context?: VigieContext;
  /** take queued import jobs (default true) */
  imports?: boolean;
  /** start the live detection (default true) */
  detection?: boolean;
  /** poll the configured feeds on their schedule (default true) */
  feeds?: boolean;
  /** send webhooks and e-mails from the outbox, resuming what is pending (default true) */
  notifications?: boolean;
  /** escalate alerts, expire postures and announce overdue tasks every minute (default true) */
  alerts?: boolean;
  /** generate and publish the daily briefs at VIGIE_BRIEF_TIME (default false; `vigie serve` turns it on) */
  briefs?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  context: VigieContext;
  close(): Promise<void>;
}

/** Opens the store and serves the API and the web app until `close()`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const context = options.context ?? (await openVigie({ dataDir: options.dataDir, databaseUrl: options.databaseUrl }));
  const app = createApp(context, { webDir: options.webDir ?? DEFAULT_WEB_DIR });
  const host = options.host ?? '127.0.0.1';
  // The stored site risk is decoded before the first request, not by it (issue 19.4).
  await context.risk.cache.warm(RISK_HORIZONS);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 4800, hostname: host }, () => resolve(started));
    started.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  // The analysis indexes the history in the background; the API answers meanwhile.
  if (options.detection !== false) {
    await context.detector.start();
  }
  if (options.feeds !== false) context.feedPoller.start();
  if (options.imports !== false) await context.importJobRuntime.start();
  if (options.notifications !== false) context.notifications.start();
  if (options.alerts !== false) context.alerting.start();
  if (options.briefs === true) context.briefScheduler.start();
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  if (context.store.kind === 'pglite') recordServerAddress(options.dataDir, url);
  return {
    url,
    port,
    context,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (context.store.kind === 'pglite') recordServerAddress(options.dataDir, undefined);
      await context.close();
    },
  };
}
