import type { StaffUserRecord } from '@contract';
import type { RaRecord, TranslateFunction } from 'react-admin';
import { formatNumber } from '../i18n/locales';

/** A staff user record as the pickers read it (docs/API.md: users). */
export type StaffUser = StaffUserRecord & RaRecord<string>;

/**
 * A staff member in an assignment picker: the display name, their teams, and their workload —
 * "Sara Karimi — Billing — line 1 · 3 open" — so that the director picks by load, not by login.
 */
export const staffChoiceLabel = (
  user: StaffUser,
  teamNames: Map<string, string>,
  translate: TranslateFunction,
  locale: string,
): string => {
  const teams = (user.teamIds ?? []).map((id) => teamNames.get(id)).filter(Boolean).join(', ');
  const open = translate('app.staff.open', { smart_count: user.openComplaints ?? 0, _: String(user.openComplaints ?? 0) }).replace(
    String(user.openComplaints ?? 0),
    formatNumber(user.openComplaints ?? 0, locale),
  );
  return [user.name || user.username, teams].filter(Boolean).join(' — ') + ` · ${open}`;
};
