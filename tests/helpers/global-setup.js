'use strict';
/** Compile the app once per jest run (RECIPE: "Compile once per run"). */
const path = require('path');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  const appDir = path.resolve(__dirname, '..', '..');
  const { distDir } = await compileStrapi({ appDir });
  process.env.TEST_DIST_DIR = distDir;
};
