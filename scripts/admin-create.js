#!/usr/bin/env node
'use strict';
/**
 * npm run admin:create -- --email <email> --firstname <name> [--lastname <name>]
 *
 * Creates an administrator of Strapi's admin panel (role Super Admin) from the shell, so that the
 * first visitor of /admin is not the one who becomes it (docs/DEPLOYMENT.md). The password comes
 * from ADMIN_PASSWORD or, when that is unset, from the first line of standard input; never from the
 * command line, where other users of the machine and the shell history would see it.
 * Exits 1 when the address already has an admin account or the input is invalid.
 */
const path = require('path');

const USAGE = 'usage: ADMIN_PASSWORD=… npm run admin:create -- --email <email> --firstname <name> [--lastname <name>]\n' +
  '   or: printf "%s\\n" "$PASSWORD" | npm run admin:create -- --email <email> --firstname <name>';

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(email|firstname|lastname|password)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    out[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
  }
  return out;
}

/** The admin panel's own password rules (Strapi's admin:create-user). */
function passwordProblem(password) {
  if (typeof password !== 'string' || password.length < 8) return 'the password needs at least 8 characters';
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password)) return 'the password needs a lower-case letter, an upper-case letter and a digit';
  if (Buffer.byteLength(password) > 72) return 'the password may have at most 72 bytes';
  return null;
}

async function readStdinLine() {
  if (process.stdin.isTTY) return undefined;
  let data = '';
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes('\n')) break;
  }
  return data.split(/\r?\n/)[0];
}

(async () => {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(1);
  }
  if (args.password !== undefined) {
    console.error(`Refusing --password: pass it in ADMIN_PASSWORD or on standard input.\n${USAGE}`);
    process.exit(1);
  }
  const email = String(args.email || '').trim().toLowerCase();
  const firstname = String(args.firstname || '').trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !firstname) {
    console.error(`An email and a first name are required.\n${USAGE}`);
    process.exit(1);
  }
  const password = process.env.ADMIN_PASSWORD || (await readStdinLine());
  const problem = passwordProblem(password);
  if (problem) {
    console.error(`Refusing: ${problem}.`);
    process.exit(1);
  }

  // Only the admin account is written: no demo data, no SLA sweep in this short-lived process.
  process.env.DEMO_SEED_ON_START = 'false';
  process.env.SLA_SWEEP_INTERVAL_MS = '0';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const { loadApp, closeApp } = require(path.join(__dirname, 'strapi-app'));
  const { app } = await loadApp();
  let code = 0;
  try {
    const users = app.service('admin::user');
    if (await users.exists({ email })) {
      console.error(`An admin account for ${email} already exists.`);
      code = 1;
    } else {
      const superAdmin = await app.service('admin::role').getSuperAdmin();
      await users.create({ email, firstname, lastname: args.lastname ? String(args.lastname).trim() : null, password, isActive: true, registrationToken: null, roles: [superAdmin.id] });
      console.log(`Created the administrator ${email} (Super Admin). Sign in at /admin.`);
    }
  } finally {
    await closeApp(app);
  }
  process.exit(code);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
