/**
 * Renders docs/PERMISSIONS.md from the code's own tables (routes and lifecycle), so the document
 * cannot drift: tests/unit/permissions-doc.test.ts fails when the file differs, and
 * `npm run docs:permissions` rewrites it.
 */
import { STAFF_ROLES, TRANSITIONS } from '../domain/lifecycle';
import { CUSTOMER_EXPORT_ROLES, PII_MASKED_ROLES, RESOURCES, recordFields, rolesFor } from '../resources';
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
  const fieldRows = Object.values(RESOURCES).map((def) => {
    const fields = recordFields(def);
    const pii = fields.filter((f) => f.pii).map((f) => `\`${f.key}\``);
    const readers = rolesFor(def, 'read');
    const cells = STAFF_ROLES.map((role) => (!readers.includes(role) ? '—' : pii.length && PII_MASKED_ROLES.includes(role) ? `null: ${pii.join(', ')}` : 'values'));
    const list = fields.map((f) => `\`${f.key}\`${f.pii ? '*' : ''}`).join(', ');
    return `| \`${def.name}\` | ${list} | ${cells.join(' | ')} |`;
  });
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
They may not filter or sort by those fields either (400 naming the field), and their complaint search (\`q\`)
looks at the tracking code, subject and description only, so that no count depends on personal data.
The whole dossier of one customer (\`GET …/customers/:id/export\`) is for ${CUSTOMER_EXPORT_ROLES.join(' and ')}; its erasure
(\`DELETE …/customers/:id\`) for the director. Both are recorded in the audit trail. No answer shows a PIN
(\`******\` in notification and event payloads) for any role, except the one to the registration itself.
A complaint record's \`categoryName\`, \`teamName\` and \`assigneeName\` (the assignee's username) name taxonomy
and staff, not the customer: every role that may read the complaint receives them.

## Fields by role

Every record of a resource, read or listed, carries exactly the fields below (\`a.b\`: key \`b\` of the object
\`a\`); personal data is marked \`*\`. In a role's column, "values" means every field comes with its value;
"null: …" names the fields that role receives as \`null\` whatever the stored value; — means the role may not read
the resource (403). An integration test reads one record of every resource as every role and checks each field.

| resource | fields | ${STAFF_ROLES.join(' | ')} |
|---|---|${STAFF_ROLES.map(() => '---').join('|')}|
${fieldRows.join('\n')}

## Admin panel

The admin role "Complaint content editor" may read, create, update and delete \`category\`, \`channel\` and
\`response-template\` in the Content Manager, in all locales — and nothing else: no complaints, no customers.
`;
}
