/**
 * Renders docs/PERMISSIONS.md from the code's own tables (routes and lifecycle), so the document
 * cannot drift: tests/unit/permissions-doc.test.ts fails when the file differs, and
 * `npm run docs:permissions` rewrites it.
 */
import { STAFF_ROLES, TRANSITIONS } from '../domain/lifecycle';
import { PII_MASKED_ROLES, RESOURCES } from '../resources';
import { consoleRoutes } from './index';

export function renderPermissions(): string {
  const head = `| route | ${STAFF_ROLES.join(' | ')} |\n|---|${STAFF_ROLES.map(() => '---').join('|')}|`;
  const rows = consoleRoutes().map((r) => {
    const notAllowed = r.handler === 'resources.notAllowed';
    const cells = STAFF_ROLES.map((role) => (notAllowed ? '405' : r.roles.includes(role) ? '✓' : '—'));
    return `| \`${r.method} /api/complaint-desk${r.path}\` | ${cells.join(' | ')} |`;
  });
  const actions = TRANSITIONS.map((t) => `| \`${t.action}\` | ${STAFF_ROLES.map((role) => ((t.roles as readonly string[]).includes(role) ? '✓' : '—')).join(' | ')} | ${t.from.join(', ')} |`);
  const pii = Object.values(RESOURCES)
    .flatMap((d) => Object.entries(d.fields).filter(([, f]) => f.pii).map(([name]) => `\`${d.name}.${name}\``))
    .join(', ');
  return `# Permission matrix

Generated from the code by \`npm run docs:permissions\` (routes: \`src/plugins/complaint-desk/server/src/routes/index.ts\`
from the resource table \`resources/index.ts\`; actions: \`domain/lifecycle.ts\`). A unit test fails when this file
and the code disagree, and an integration test asserts every cell over HTTP.

Every console route carries the \`plugin::complaint-desk.is-staff\` policy with the roles in its row: ✓ may call
it; — gets 403; 405 means nobody may (the resource is read-only: the answer says why). Without a valid JWT every
route answers 401, and accounts without a staff role (customers, the users-permissions \`authenticated\` role)
get 403 everywhere.

## Routes

${head}
${rows.join('\n')}

## Complaint actions

\`POST /api/complaint-desk/complaints/{id}/actions/{action}\` admits every role that may take some action; the
engine then answers 403 to a role not listed here, and 409 (with \`allowedActions\`) outside the listed states.

| action | ${STAFF_ROLES.join(' | ')} | from states |
|---|${STAFF_ROLES.map(() => '---').join('|')}|---|
${actions.join('\n')}

Approvals follow the approval rows: a compensation or refund above \`APPROVAL_THRESHOLD\` waits for the director
(step 1) and then the quality manager (step 2); each may approve or decline only its own step. Nobody is
assigned, or approves, a complaint about themselves (\`subjectStaffId\`, SPEC §9). The person named there may
not change \`subjectStaffId\` (403), and nobody may once the complaint is assigned or has a pending approval (409).

## Personal data

${PII_MASKED_ROLES.join(' and ')} receive customer personal data as \`null\`: ${pii}, and the complaint's
\`customer\` \`{name, phone, email}\`. The customer's address is never part of a complaint record.
A complaint record's \`categoryName\`, \`teamName\` and \`assigneeName\` (the assignee's username) name taxonomy
and staff, not the customer: every role that may read the complaint receives them.

## Admin panel

The admin role "Complaint content editor" may read, create, update and delete \`category\`, \`channel\` and
\`response-template\` in the Content Manager, in all locales — and nothing else: no complaints, no customers.
`;
}
