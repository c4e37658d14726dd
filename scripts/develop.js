#!/usr/bin/env node
'use strict';
/**
 * npm run develop — Strapi in watch mode on http://127.0.0.1:1337 (HOST/PORT honoured), SQLite by
 * default, demo data on the first start, and the console at /console. The complaint-desk plugin's
 * build (server bundle and console) is made first when missing or older than its sources.
 */
const { spawn } = require('child_process');
const path = require('path');
const { ensurePluginBuilt } = require('./plugin-build');

const root = path.resolve(__dirname, '..');
const built = ensurePluginBuilt();
if (built.length) console.log(`Built the complaint-desk plugin (${built.join(' and ')}).`);
const child = spawn(path.join(root, 'node_modules', '.bin', 'strapi'), ['develop', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { BROWSER: 'none', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
