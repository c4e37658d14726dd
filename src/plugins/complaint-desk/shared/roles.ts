/** The staff roles (SPEC §1): the users-permissions role types a staff user can have. */
export const STAFF_ROLES = ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaffRole = (value: unknown): value is StaffRole => typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);

/** The roles that handle complaints with customers: registration, the customer's answers, the survey. */
export const FRONT_ROLES: readonly StaffRole[] = ['agent', 'specialist', 'director', 'quality-manager'];

/** The roles that decide approval steps (a proposal's first step is the director's, a second the quality manager's). */
export const APPROVER_ROLES = ['director', 'quality-manager'] as const satisfies readonly StaffRole[];
export type ApproverRole = (typeof APPROVER_ROLES)[number];
