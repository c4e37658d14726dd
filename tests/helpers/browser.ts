/** Debian's chromium driven by playwright-core (never a downloaded browser; RECIPE). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { appDir } from './strapi';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The plugin serves the console from its dist/console: build it when this checkout has no build yet. */
export function ensureConsoleBuilt(): void {
  const plugin = path.join(appDir, 'src', 'plugins', 'complaint-desk');
  if (fs.existsSync(path.join(plugin, 'dist', 'console', 'index.html'))) return;
  const r = spawnSync('npm', ['--prefix', plugin, 'run', 'build:console'], { cwd: appDir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('console build failed');
}
