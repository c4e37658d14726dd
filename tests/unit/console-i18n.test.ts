/**
 * Every visible console string exists in all four languages: react-admin's own
 * messages, the shared `app.*` messages and each resource's `resources.<name>.*` have the same
 * keys and placeholders in en, fa, ru and zh; and every literal key the console's code asks
 * for exists.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const adminDir = path.resolve(__dirname, '../../src/plugins/complaint-desk/console');
const src = path.join(adminDir, 'src');
const requireFromAdmin = createRequire(path.join(adminDir, 'package.json'));
const LOCALES = ['en', 'fa', 'ru', 'zh'] as const;
type Locale = (typeof LOCALES)[number];
type Tree = { [key: string]: unknown };

const load = (file: string): Tree => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { default?: Tree };
  return (mod.default ?? mod) as Tree;
};

const flatten = (tree: unknown, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree as Tree)) {
      if (value && typeof value === 'object') for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
      else out.set(`${prefix}${key}`, String(value));
    }
  }
  return out;
};

const raBase = (locale: Locale): Tree => {
  const pkg: Record<Locale, string> = { en: 'ra-language-english', fa: 'ra-language-farsi', ru: 'ra-language-russian', zh: '' };
  if (locale === 'zh') return load(path.join(src, 'i18n/ra/zh.ts'));
  const base = load(requireFromAdmin.resolve(pkg[locale]));
  if (locale !== 'ru') return base;
  // ru: the package plus the keys it lacks (console/src/i18n/ru.ts merges the same way).
  const extra = load(path.join(src, 'i18n/ra/ru-extra.ts')) as { ra: { guesser: Tree } };
  const ra = base.ra as Tree;
  return { ...base, ra: { ...ra, guesser: { ...(ra.guesser as Tree), ...extra.ra.guesser } } };
};

const resourceDirs = fs
  .readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(src, d.name, 'i18n', 'en.ts')))
  .map((d) => d.name);

/** One locale's messages as the console assembles them (console/src/i18n/<locale>.ts). */
const messages = (locale: Locale): Map<string, string> => {
  const resources: Tree = {};
  for (const dir of resourceDirs) resources[dir] = load(path.join(src, dir, 'i18n', `${locale}.ts`));
  return flatten({ ...raBase(locale), app: load(path.join(src, 'i18n/app', `${locale}.ts`)), resources });
};

const all = Object.fromEntries(LOCALES.map((l) => [l, messages(l)])) as Record<Locale, Map<string, string>>;
const placeholders = (text: string) => [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
  it('has every English key', () => {
    const missing = [...all.en.keys()].filter((key) => !all[locale].has(key));
    expect(missing).toEqual([]);
  });

  // react-admin's community packages may carry keys of other versions or drop a placeholder a
  // plural form does not need; our own messages (app.*, resources.*) must match English exactly.
  const ours = (key: string) => key.startsWith('app.') || key.startsWith('resources.');

  it('has no key English lacks', () => {
    const extra = [...all[locale].keys()].filter((key) => ours(key) && !all.en.has(key));
    expect(extra).toEqual([]);
  });

  it('keeps the placeholders of every message', () => {
    const wrong = [...all.en].filter(([key, text]) => ours(key) && all[locale].has(key) && placeholders(text).join() !== placeholders(all[locale].get(key)!).join());
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('is translated, not copied (app and resource messages)', () => {
    // Brand-like or universal strings may stay identical; everything else must differ from English.
    const same = [...all.en]
      .filter(([key]) => ours(key))
      .filter(([key, text]) => /[a-z]{3}/i.test(text) && all[locale].get(key) === text && !ALLOWED_SAME.has(text));
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

/** Strings that read the same in every language (acronyms, codes, formats). */
const ALLOWED_SAME = new Set(['SMS', 'SLA', 'CFT', 'ID', 'URL', 'IANA', 'HH:mm', 'PIN', 'D0', '8D', 'email']);

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'i18n' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });

it('every literal message key in the console code exists', () => {
  const missing: string[] = [];
  for (const file of sourceFiles(src)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/['"`]((?:app|resources|ra)\.[A-Za-z0-9_.-]+[A-Za-z0-9_])['"`]/g)) {
      const key = m[1];
      // Keys of a namespace prefix used to build others (e.g. `app.status.` + value) end with '.'.
      if (!all.en.has(key)) missing.push(`${path.relative(src, file)}: ${key}`);
    }
  }
  expect(missing).toEqual([]);
});
