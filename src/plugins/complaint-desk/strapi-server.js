'use strict';
/**
 * Strapi require()s this entry as JavaScript. The plugin's TypeScript is compiled together with the
 * host app (tsconfig.json includes src/plugins), so load the compiled server from the app's dist
 * folder (RECIPE: "A local plugin in src/plugins/<name>").
 */
const path = require('path');

const distRoot = global.strapi && global.strapi.dirs ? global.strapi.dirs.dist.root : path.join(__dirname, '..', '..', '..', 'dist');
const compiled = require(path.join(distRoot, 'src', 'plugins', 'complaint-desk', 'server', 'src'));

module.exports = compiled.default || compiled;
