import AssignIcon from '@mui/icons-material/AssignmentInd';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  Button,
  Form,
  SelectInput,
  required,
  useDataProvider,
  useGetList,
  useGetMany,
  useListContext,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
  type RaRecord,
} from 'react-admin';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { ComplaintDeskDataProvider } from '../dataProvider';
import { formatNumber } from '../i18n/locales';
import { staffChoiceLabel, type StaffUser } from '../common/staffChoice';
import { StaffInput } from './complaintFilters';
import type { Complaint } from './types';

interface Team extends RaRecord<string> {
  name: string;
  memberIds: string[];
}


/** A team (optional) and the staff member; with a team, only its members are offered. */
const BulkAssignInputs = () => {
  const { setValue } = useFormContext();
  const teamId = useWatch({ name: 'teamId' }) as string | undefined;
  const { data: teams = [], isPending: teamsPending } = useGetList<Team>('teams', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const team = teams.find((candidate) => candidate.id === teamId);
  const { data: members = [], isPending: membersPending } = useGetMany<StaffUser>(
    'users',
    { ids: team?.memberIds ?? [] },
    { enabled: Boolean(team?.memberIds.length) }
  );
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const teamNames = useMemo(() => new Map(teams.map((t) => [t.id, t.name])), [teams]);
  const memberChoices = useMemo(
    () =>
      members
        .filter((member) => member.role === 'agent' || member.role === 'specialist')
        .sort((a, b) => (a.openComplaints ?? 0) - (b.openComplaints ?? 0))
        .map((member) => ({ id: member.id, name: staffChoiceLabel(member, teamNames, translate, locale) })),
    [members, teamNames, translate, locale]
  );
  return (
    <>
      <SelectInput
        source="teamId"
        label="resources.complaints.fields.teamId"
        choices={teams}
        optionText="name"
        isPending={teamsPending}
        emptyText="resources.complaints.bulk_assign.own_team"
        onChange={() => setValue('assigneeId', undefined)}
        helperText="resources.complaints.bulk_assign.team_help"
        fullWidth
      />
      {team ? (
        <SelectInput
          key={team.id}
          source="assigneeId"
          label="resources.complaints.fields.assigneeId"
          choices={memberChoices}
          translateChoice={false}
          isPending={membersPending && Boolean(team.memberIds.length)}
          validate={required()}
          fullWidth
        />
      ) : (
        <StaffInput source="assigneeId" label="resources.complaints.fields.assigneeId" validate={required()} fullWidth />
      )}
    </>
  );
};

const SubmitButton = ({ label }: { label: string }) => {
  const { isSubmitting } = useFormState();
  return (
    <MuiButton type="submit" variant="contained" disabled={isSubmitting} data-testid="action-submit">
      {label}
    </MuiButton>
  );
};

/**
 * Bulk action of the complaint list (director): the selected complaints assigned one by one through
 * their `assign` action, each with the version the list showed (a complaint changed meanwhile
 * answers 409 and counts as failed), then "n assigned, m failed" with the first failure's reason.
 */
export const BulkAssignButton = () => {
  const { selectedIds, data = [], resource } = useListContext<Complaint>();
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource ?? 'complaints');
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const count = selectedIds.length;

  const submit = async (values: Record<string, unknown>) => {
    const assigneeId = values.assigneeId as string;
    const teamId = (values.teamId as string | undefined) || undefined;
    const byId = new Map(data.map((record) => [record.id, record]));
    let ok = 0;
    const failures: { code: string; message: string }[] = [];
    setProgress(0);
    for (const [index, id] of selectedIds.entries()) {
      let record = byId.get(id);
      try {
        // A complaint selected on another page: its current version.
        if (!record) record = (await dataProvider.getOne<Complaint>('complaints', { id })).data;
        await dataProvider.action(id, 'assign', { assigneeId, ...(teamId ? { teamId } : {}), version: record.version });
        ok += 1;
      } catch (error) {
        failures.push({ code: record?.trackingCode ?? String(id), message: error instanceof Error ? error.message : String(error) });
      }
      setProgress(index + 1);
    }
    setProgress(null);
    const args = {
      ok: formatNumber(ok, locale),
      failed: formatNumber(failures.length, locale),
      code: failures[0]?.code ?? '',
      error: failures[0]?.message ?? '',
    };
    notify(failures.length ? 'resources.complaints.bulk_assign.summary_failed' : 'resources.complaints.bulk_assign.summary', {
      type: failures.length ? (ok ? 'warning' : 'error') : 'success',
      messageArgs: args,
      multiLine: Boolean(failures.length),
    });
    setOpen(false);
    unselectAll();
    refresh();
  };

  const title = translate('resources.complaints.bulk_assign.title', { smart_count: count, count: formatNumber(count, locale) });
  return (
    <>
      <Button label="resources.complaints.bulk_assign.action" onClick={() => setOpen(true)} data-testid="bulk-assign">
        <AssignIcon />
      </Button>
      <Dialog open={open} onClose={() => progress === null && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="bulk-assign-title">
        <Form onSubmit={submit} record={{}} noValidate>
          <DialogTitle id="bulk-assign-title">{title}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.complaints.bulk_assign.help')}</DialogContentText>
            <BulkAssignInputs />
            {progress !== null && (
              <Alert severity="info" icon={false} sx={{ mt: 1 }}>
                {translate('resources.complaints.bulk_assign.running', {
                  done: formatNumber(progress, locale),
                  total: formatNumber(count, locale),
                })}
                <LinearProgress variant="determinate" value={count ? (progress / count) * 100 : 0} sx={{ mt: 1 }} />
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)} disabled={progress !== null}>
              {translate('ra.action.cancel')}
            </MuiButton>
            <SubmitButton label={translate('resources.complaints.bulk_assign.submit')} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
