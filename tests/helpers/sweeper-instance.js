'use strict';
/**
 * One more Complaint Desk server process on the same database as the test (for the several-
 * instances SLA sweeper test): loads the compiled app with its sweeper running, says "ready".
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');
const distDir = process.env.TEST_DIST_DIR || path.join(appDir, 'dist');

(async () => {
  const app = createStrapi({ appDir, distDir });
  try {
    await app.load();
  } catch (err) {
    console.error(err);
    await app.destroy().catch(() => {});
    process.exit(1);
  }
  if (process.send) process.send('ready');
  const stop = async () => {
    await app.destroy().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
})();
