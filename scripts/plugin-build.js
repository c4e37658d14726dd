'use strict';
/**
 * The complaint-desk plugin ships its own build (src/plugins/complaint-desk/dist): the server bundle
 * (`strapi-plugin build`) and the console (Vite). The host app loads the plugin from that build, so
 * scripts and tests build what is missing or older than its sources first.
 *
 *   node scripts/plugin-build.js            server bundle if stale, console if missing
 *   node scripts/plugin-build.js --force    both, always
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const pluginDir = path.join(root, 'src', 'plugins', 'complaint-desk');
const serverEntry = path.join(pluginDir, 'dist', 'server', 'index.js');
const consoleShell = path.join(pluginDir, 'dist', 'console', 'index.html');
/** Folders of the plugin that are not server sources: the console has its own build. */
const NOT_SERVER = new Set(['console', 'dist', 'node_modules']);

/** Newest modification time under `dir` (files only), skipping `skip` at the top level. */
function newestMtime(dir, skip = new Set()) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function serverIsStale() {
  if (!fs.existsSync(serverEntry)) return true;
  return newestMtime(pluginDir, NOT_SERVER) > fs.statSync(serverEntry).mtimeMs;
}

/** Runs one of the plugin's npm scripts; its output is shown only when it fails (the type emitter is verbose). */
function run(script, { quiet }) {
  const r = spawnSync('npm', ['--prefix', pluginDir, 'run', script], { cwd: root, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`complaint-desk: npm run ${script} failed (exit ${r.status})`);
  }
}

/** Builds the server bundle when stale and the console when missing (or both with `force`). */
function ensurePluginBuilt({ force = false, withConsole = true, quiet = true } = {}) {
  const built = [];
  if (force || serverIsStale()) {
    run('build:server', { quiet });
    built.push('server');
  }
  if (withConsole && (force || !fs.existsSync(consoleShell))) {
    run('build:console', { quiet });
    built.push('console');
  }
  return built;
}

module.exports = { ensurePluginBuilt, pluginDir, serverEntry, consoleShell };

if (require.main === module) {
  const started = Date.now();
  const built = ensurePluginBuilt({ force: process.argv.includes('--force'), quiet: false });
  console.log(built.length ? `complaint-desk: built ${built.join(' and ')} in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'complaint-desk: build up to date');
}
