import fs from 'node:fs';
import path from 'node:path';
import { renderPermissions } from '../../src/plugins/complaint-desk/server/src/routes/permissions-doc';

const file = path.resolve(__dirname, '../../docs/PERMISSIONS.md');

it('docs/PERMISSIONS.md is the matrix the code enforces', () => {
  const expected = renderPermissions();
  // `npm run docs:permissions` sets UPDATE_DOCS=1 to rewrite the file from the code.
  if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(file, expected);
  expect(fs.readFileSync(file, 'utf8')).toBe(expected);
});
