'use strict';
/**
 * One delivery worker process for `npm run bench:outbox`: loads the compiled app (TEST_DIST_DIR
 * names it) with its outbox worker polling, says "ready", stops on SIGTERM or when its parent goes.
 */
const { loadApp, closeApp } = require('./strapi-app');

(async () => {
  let app;
  try {
    ({ app } = await loadApp());
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
  if (process.send) process.send('ready');
  const stop = async () => {
    await closeApp(app).catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
})();
