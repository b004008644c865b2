// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../e2e/server';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bao-gon-server-test-'));
  mkdirSync(path.join(root, 'site/pages'), { recursive: true });
  mkdirSync(path.join(root, 'corpus'), { recursive: true });
  writeFileSync(path.join(root, 'site/pages/a.html'), '<p>Xin chào</p>');
  writeFileSync(path.join(root, 'site/pages/index.html'), 'index');
  writeFileSync(path.join(root, 'site/data.json'), '{}');
  writeFileSync(path.join(root, 'corpus/b.txt'), 'văn bản');
  writeFileSync(path.join(root, 'secret.txt'), 'no');
  server = await startStaticServer(
    { '/': path.join(root, 'site'), '/corpus/': path.join(root, 'corpus') },
    (req, res) => {
      if (req.url !== '/extra') return false;
      res.end('extra');
      return true;
    },
  );
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  const cases: { path: string; status: number; type?: string; body?: string }[] = [
    { path: '/pages/a.html', status: 200, type: 'text/html; charset=utf-8', body: '<p>Xin chào</p>' },
    { path: '/pages/', status: 200, body: 'index' },
    { path: '/data.json', status: 200, type: 'application/json; charset=utf-8' },
    { path: '/corpus/b.txt', status: 200, type: 'text/plain; charset=utf-8', body: 'văn bản' },
    { path: '/extra', status: 200, body: 'extra' },
    { path: '/missing.html', status: 404 },
    { path: '/favicon.ico', status: 204 },
    { path: '/..%2fsecret.txt', status: 403 },
    { path: '/corpus/..%2f..%2fsecret.txt', status: 403 },
  ];
  it.each(cases)('GET $path → $status', async (c) => {
    const res = await fetch(`${server.origin}${c.path}`);
    expect(res.status).toBe(c.status);
    if (c.type) expect(res.headers.get('content-type')).toBe(c.type);
    if (c.body != null) expect(await res.text()).toBe(c.body);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
  });
});
