/**
 * Starts pouchdb-server (a CouchDB-protocol server, devDependency) on 127.0.0.1 at a free port for
 * tests and the bench: in memory, or on a folder so that it can be stopped and started again.
 * Sets up an admin, users and one database per shared collection with its members in `_security`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(ROOT, 'node_modules/.bin/pouchdb-server');

export const ADMIN = { user: 'admin', password: 'admin-secret' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface CouchServer {
  url: string;
  port: number;
  /** Stops the process (data kept when started with `persistent`). */
  stop(): Promise<void>;
  /** Starts it again on the same port (and folder). */
  start(): Promise<void>;
  /** Stops and removes its folder. */
  dispose(): Promise<void>;
  /** Admin request helper. */
  admin(method: string, p: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** Creates a user. */
  addUser(user: string, password: string): Promise<void>;
  /** Creates a database whose members are `members`. */
  addDatabase(name: string, members: string[]): Promise<void>;
}

export async function startCouchServer(opts: { persistent?: boolean } = {}): Promise<CouchServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bao-gon-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let proc: ChildProcess | null = null;

  const admin = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${url}/${p}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };

  const start = async () => {
    const args = [
      '-p',
      String(port),
      '-o',
      '127.0.0.1',
      '-c',
      path.join(dir, 'config.json'),
      '-n',
      '--no-color',
    ];
    if (!opts.persistent) args.push('-m');
    else args.push('-d', path.join(dir, 'data'));
    proc = spawn(BIN, args, { cwd: dir, stdio: 'ignore' });
    const t0 = Date.now();
    for (;;) {
      try {
        const r = await fetch(`${url}/`);
        if (r.ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() - t0 > 30_000) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 150));
    }
    // An admin ends the "admin party": from now on every request needs a valid user.
    const who = await fetch(`${url}/_session`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`,
      },
    });
    if (!who.ok || !((await who.json()) as { userCtx?: { name?: string } }).userCtx?.name) {
      const r = await fetch(`${url}/_config/admins/${ADMIN.user}`, {
        method: 'PUT',
        body: JSON.stringify(ADMIN.password),
      });
      if (!r.ok) throw new Error(`admin setup failed: ${r.status}`);
    }
  };

  const stop = async () => {
    const p = proc;
    proc = null;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
      setTimeout(() => {
        if (p.exitCode === null) p.kill('SIGKILL');
      }, 3000);
    });
  };

  await start();
  return {
    url,
    port,
    stop,
    start,
    admin,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    async addUser(user, password) {
      const r = await admin('PUT', `_users/org.couchdb.user:${encodeURIComponent(user)}`, {
        name: user,
        password,
        roles: [],
        type: 'user',
      });
      if (r.status >= 300) throw new Error(`addUser ${user}: ${r.status}`);
    },
    async addDatabase(name, members) {
      const r = await admin('PUT', encodeURIComponent(name));
      if (r.status >= 300 && r.status !== 412) throw new Error(`addDatabase ${name}: ${r.status}`);
      const s = await admin('PUT', `${encodeURIComponent(name)}/_security`, {
        admins: { names: [ADMIN.user], roles: [] },
        members: { names: members, roles: [] },
      });
      if (s.status >= 300) throw new Error(`_security ${name}: ${s.status}`);
    },
  };
}
