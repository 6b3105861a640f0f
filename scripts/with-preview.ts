/**
 * Serves dist/ with `astro preview` on a free port of 127.0.0.1, waits until it
 * answers, runs the given command with E2E_BASE_URL set, then stops the server.
 * (Not BASE_URL: Vitest sets that one itself.)
 *
 * Usage: node scripts/with-preview.ts <commande> [arguments…]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`Le serveur de prévisualisation ne répond pas sur ${url}`);
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage : node scripts/with-preview.ts <commande> [arguments…]');
  process.exit(2);
}
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
let code = 1;
try {
  await waitFor(`${baseUrl}/`, 30_000);
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } });
  code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  server.kill();
}
process.exit(code);
