'use strict';
/**
 * Once per jest run: build the complaint-desk plugin when its build is older than its sources (the
 * host loads the plugin from it), then compile the host app (RECIPE: "Compile once per run").
 */
const path = require('path');
const { ensurePluginBuilt } = require('../../scripts/plugin-build');

module.exports = async () => {
  // The console is built by the browser suites that need it (tests/helpers/browser.ts).
  ensurePluginBuilt({ withConsole: false });
  const { compileStrapi } = require('@strapi/strapi');
  const appDir = path.resolve(__dirname, '..', '..');
  const { distDir } = await compileStrapi({ appDir });
  process.env.TEST_DIST_DIR = distDir;
};
