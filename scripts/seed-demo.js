#!/usr/bin/env node
'use strict';
/** npm run seed:demo — idempotent demo data; refuses NODE_ENV=production. */
if (process.env.NODE_ENV === 'production') {
  console.error('Refusing to seed demo data with NODE_ENV=production.');
  process.exit(1);
}
process.env.DEMO_SEED_ON_START = 'false'; // this script seeds explicitly
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
const { loadApp, closeApp } = require('./strapi-app');

(async () => {
  const started = Date.now();
  const { app } = await loadApp();
  try {
    const created = await app.plugin('complaint-desk').service('demo-seed').seed((m) => console.log(m));
    const summary = Object.keys(created).length ? JSON.stringify(created) : 'nothing new (already seeded)';
    console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
  } finally {
    await closeApp(app);
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
