/**
 * Shapes of the console API's answers (SPEC §8, docs/API.md) that the server builds and the
 * console reads.
 */
import type { ApprovalDecision, ExternalResponseType, ProposalStatus, SlaStage, SlaState } from './enums';
import type { Status } from './lifecycle';
import type { ApproverRole } from './roles';

/** A complaint's response proposal (`propose`), as the complaint record carries it. */
export interface Proposal {
  external: { type: ExternalResponseType; description: string; amount?: number; currency?: string };
  internal: { correctiveActionId: string } | { none: true; reason: string };
  round: number;
  status: ProposalStatus;
}

/** One stage's clock in the complaint record's `sla.stages`. */
export interface SlaStageClock {
  stage: SlaStage;
  dueAt: string | null;
  /** Share of the stage's working time used so far (0…1, above 1 when breached). */
  elapsedShare: number | null;
  state: SlaState;
}

/** A row of the approvals inbox (`GET /approvals/inbox`): an approval step the caller can decide now. */
export interface InboxItem {
  /** The approval's id. */
  id: string;
  complaintId: string;
  step: number;
  round: number;
  requiredRole: ApproverRole;
  amount: number | null;
  currency: string | null;
  createdAt: string;
  trackingCode: string;
  subject: string;
  valueTier: number | null;
  /** The proposal being approved. */
  proposal: Proposal | null;
  /** The state of the complaint's running SLA clock. */
  slaState: SlaState | null;
  slaDueAt: string | null;
  /** The decisions already taken on this proposal (earlier steps), with their comments. */
  earlier: Array<{
    step: number;
    requiredRole: ApproverRole;
    decision: ApprovalDecision;
    comment: string | null;
    decidedByName: string | null;
    decidedAt: string | null;
  }>;
}

/** A row of `GET /complaints/duplicates`: an open complaint of a customer with the phone or email being typed. */
export interface DuplicateComplaint {
  id: string;
  trackingCode: string;
  status: Status;
  subject: string;
  receivedAt: string | null;
  customerId: string;
}

/**
 * A staff user record (SPEC §8 user record, `GET /users`, `GET /users/me`): `fullName` as entered,
 * `name` the full name or else the username, `role` the users-permissions role type, and
 * `openComplaints` the open complaints assigned to them (the pickers' workload).
 */
export interface StaffUserRecord {
  id: string;
  email: string;
  username: string;
  fullName: string | null;
  name: string;
  role: string | null;
  teamIds: string[];
  openComplaints: number;
}

/** A complaint record's `massIncident`: the linked incident and its handling algorithm (null when not linked). */
export interface LinkedMassIncident {
  id: string;
  title: string | null;
  status: string | null;
  handlingAlgorithm: string | null;
}

/** `POST /mass-incidents/{id}/link` → how each complaint fared (skipped ones with the reason). */
export interface BulkLinkResult {
  linked: number;
  skipped: number;
  results: Array<{ id: string; trackingCode: string | null; outcome: 'linked' | 'skipped'; reason?: string }>;
}
