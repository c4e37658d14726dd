'use strict';
/**
 * Compile the app (TypeScript → dist) and load a Strapi instance without an HTTP listener,
 * for scripts that work on the database (seed, benchmarks).
 */
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const { ensurePluginBuilt } = require('./plugin-build');

async function loadApp() {
  const appDir = path.resolve(__dirname, '..');
  // Under jest the plugin is built and the app compiled once per run (tests/helpers/global-setup.js):
  // doing either again would rewrite a build under the suites running beside this script.
  if (!process.env.TEST_DIST_DIR) ensurePluginBuilt({ withConsole: false });
  const distDir = process.env.TEST_DIST_DIR || (await compileStrapi({ appDir })).distDir;
  const app = createStrapi({ appDir, distDir });
  try {
    await app.load();
  } catch (err) {
    await app.destroy().catch(() => {});
    throw err;
  }
  return { app, distDir };
}

/**
 * Destroy after in-flight background work (event hub listeners fired by document writes) has
 * released its database connections; destroying earlier aborts their pending queries.
 */
async function closeApp(app, timeoutMs = 5000) {
  const pool = app.db && app.db.connection && app.db.connection.client.pool;
  const deadline = Date.now() + timeoutMs;
  while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await app.destroy();
}

module.exports = { loadApp, closeApp };
