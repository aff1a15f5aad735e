// Starts the web UI on a store file. Binds the loopback interface unless told otherwise.
import { serve } from '@hono/node-server';
import * as settings from '../settings.js';
import { Store } from '../store/sqlite.js';
import { createApp } from './app.js';

export { createApp } from './app.js';

export interface ServeOptions {
  db: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? settings.server.defaultHost;
  const store = new Store(options.db);
  let boundPort = options.port ?? settings.server.defaultPort;
  const { app, jobs } = createApp({ store, host, port: () => boundPort });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: boundPort, hostname: host }, (info) => {
      boundPort = info.port;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${boundPort}/`,
        close: async () => {
          await jobs.idle();
          // Browsers keep connections open; without closing them, close() would wait for their keep-alive to end.
          const closed = new Promise<void>((done) => server.close(() => done()));
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          await closed;
          store.close();
        },
      });
    });
    server.on('error', (error) => {
      store.close();
      reject(error);
    });
  });
}
