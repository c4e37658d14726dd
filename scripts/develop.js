#!/usr/bin/env node
'use strict';
/**
 * npm run develop — Strapi in watch mode on http://127.0.0.1:1337 (HOST/PORT honoured), SQLite by
 * default, demo data on the first start, and the console at /console (built first if missing).
 */
const { spawnSync, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
if (!fs.existsSync(path.join(root, 'admin', 'dist', 'index.html'))) {
  console.log('Building the console (admin/) once…');
  const r = spawnSync('npm', ['--prefix', 'admin', 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const child = spawn(path.join(root, 'node_modules', '.bin', 'strapi'), ['develop', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { BROWSER: 'none', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
