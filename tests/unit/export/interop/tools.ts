/** Running the real reader programs of the interop suite (pandoc, biber, LibreOffice) in a temp folder. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** True when `cmd --version` (or `-v`) runs; otherwise prints why the dependent tests are skipped. */
export function hasTool(cmd: string, why: string): boolean {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status === 0) return true;
  console.warn(`[interop] skipping ${why}: \`${cmd}\` is not installed (${r.error?.message ?? r.stderr})`);
  return false;
}

/** pandoc's version as [major, minor], or null. */
export function pandocVersion(): [number, number] | null {
  const r = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  const m = /pandoc\S*\s+(\d+)\.(\d+)/.exec(r.stdout ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** A fresh temp folder with `files` written into it; `done()` removes it. */
export function workdir(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'baogon-interop-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
  return {
    dir,
    file: (n: string) => path.join(dir, n),
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs a program, returning stdout+stderr (throws on a non-zero exit with the output in the message). */
export function run(cmd: string, args: string[], cwd: string, timeout = 120_000): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${cmd} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`,
    );
  }
}

/** Runs a program and returns stdout and stderr separately, whatever the exit status. */
export function runAll(cmd: string, args: string[], cwd: string, timeout = 180_000) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
