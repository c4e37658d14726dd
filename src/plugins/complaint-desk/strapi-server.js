'use strict';
/**
 * The server entry for tools that do not read package.json `exports` (Strapi itself follows
 * `exports["./strapi-server"]` to the same file). The plugin ships its own build: `npm run build`
 * in this folder writes dist/ (server bundle and console).
 */
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, 'dist', 'server', 'index.js');
if (!fs.existsSync(entry)) {
  throw new Error(`complaint-desk is not built (${entry} is missing): run \`npm run build\` in ${__dirname}`);
}
const server = require(entry);

module.exports = server.default || server;
