import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useContext, useState } from 'react';
import {
  Form,
  HttpError,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  ShowContext,
  useTranslate,
} from 'react-admin';
import { useFormState } from 'react-hook-form';
import { getStoredUser } from '../../session';
import { formatTrackingCode } from '../../common/trackingCode';
import type { ComplaintDeskDataProvider } from '../../dataProvider';
import { canAccess as canAccessFor } from '../../permissions/canAccess';
import type { ActionName } from '@contract';
import type { Complaint } from '../types';
import { ACTION_SPECS } from './actionSpecs';
import { fieldErrorsOf } from './serverErrors';

const SubmitButton = ({ label, color }: { label: string; color: 'primary' | 'error' }) => {
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" color={color} disabled={isSubmitting} data-action-submit data-testid="action-submit">
      {label}
    </Button>
  );
};

/**
 * One complaint action (SPEC §8) as a button and a dialog with its form. Shown only when
 * `canAccess` allows it: the role's matrix and the record's `availableActions`. The body carries
 * the `version` the user saw, so a change made meanwhile by someone else answers 409 instead
 * of being overwritten (docs/API.md).
 */
export const ComplaintActionButton = ({ action, compact = false }: { action: ActionName; compact?: boolean }) => {
  const record = useRecordContext<Complaint>();
  // The pure check on the record as rendered: react-admin's useCanAccess caches its answer per
  // record id, which would keep showing actions of a state the complaint has just left.
  const { permissions: role } = usePermissions();
  const canAccess = canAccessFor(role, { action, resource: 'complaints', record });
  const [open, setOpen] = useState(false);
  // What the answer shows once (a reissued PIN): held only while the dialog is open.
  const [result, setResult] = useState<Complaint | null>(null);
  const close = () => {
    setOpen(false);
    setResult(null);
  };
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  // The dialog starts from the complaint as it is now, not as it was when the page opened.
  // In a list row (quick assign) there is no show context: the list refreshes after the action.
  const refetch = useContext(ShowContext)?.refetch;
  const dataProvider = useDataProvider<ComplaintDeskDataProvider>();
  const spec = ACTION_SPECS[action];

  if (!record || !canAccess) return null;

  const label = translate(action === 'assign' && role !== 'director' ? 'resources.complaints.actions.assign.mine' : `app.action.${action}`);
  const submit = async (values: Record<string, unknown>) => {
    try {
      const body = spec.toBody ? spec.toBody(values, record) : {};
      const { data } = await dataProvider.action<Complaint>(record.id, action, { ...body, version: record.version });
      notify('app.action.done', { type: 'success', messageArgs: { action: label } });
      if (spec.Result) setResult(data);
      else setOpen(false);
      refresh();
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      // A 409: someone changed the complaint meanwhile. Reload it under the open dialog, keeping
      // what was typed: when the action is still allowed, submitting again uses the new version;
      // when it no longer is, the button (and its dialog) goes away.
      if (error instanceof HttpError && error.status === 409) refresh();
      const fieldErrors = fieldErrorsOf(error);
      return Object.keys(fieldErrors).length ? fieldErrors : undefined;
    }
  };

  // Agents and specialists assign only themselves: one click when the complaint has a team; without
  // one, the dialog below asks which of their teams takes it.
  const me = action === 'assign' && role !== 'director' ? getStoredUser()?.id : undefined;
  if (action === 'assign' && role !== 'director' && !me) return null;
  if (me && record.teamId) {
    return (
      <Button
        variant="contained"
        size="small"
        startIcon={spec.icon}
        data-action={action}
        data-testid="action-assign-me"
        onClick={async () => {
          try {
            await dataProvider.action<Complaint>(record.id, 'assign', { assigneeId: me, version: record.version });
            notify('resources.complaints.actions.assign.mine_done', { type: 'success', messageArgs: { code: formatTrackingCode(record.trackingCode) } });
            refresh();
          } catch (error) {
            notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
            refresh();
          }
        }}
      >
        {translate('resources.complaints.actions.assign.mine')}
      </Button>
    );
  }

  const { Inputs } = spec;
  return (
    // Clicks in the dialog (a portal) still bubble through React to a list row: keep them here.
    <span onClick={compact ? (e) => e.stopPropagation() : undefined}>
      <Button
        variant={compact ? 'text' : spec.prominent ? 'contained' : 'outlined'}
        color={spec.danger ? 'error' : 'primary'}
        size="small"
        startIcon={compact ? undefined : spec.icon}
        onClick={() => {
          void refetch?.();
          setOpen(true);
        }}
        data-action={action}
        data-testid={compact ? `row-action-${action}` : me ? 'action-assign-me' : `action-${action}`}
        sx={compact ? { minWidth: 0, py: 0, px: 0.5, fontSize: '0.75rem' } : undefined}
      >
        {label}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby={`action-${action}-title`}>
        {result && spec.Result ? (
          <>
            <DialogTitle id={`action-${action}-title`}>{label}</DialogTitle>
            <DialogContent>
              <spec.Result record={result} />
            </DialogContent>
            <DialogActions>
              <Button variant="contained" onClick={close} data-testid="action-result-close">
                {translate('ra.action.close')}
              </Button>
            </DialogActions>
          </>
        ) : (
        <Form
          onSubmit={submit}
          defaultValues={me ? { assigneeId: me } : (spec.defaultValues?.(record) ?? {})}
          record={{}}
          noValidate
        >
          <DialogTitle id={`action-${action}-title`}>{label}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate(`resources.complaints.actions.${action}.help`)}</DialogContentText>
            {spec.Summary && <spec.Summary record={record} />}
            {Inputs ? <Inputs record={record} selfId={me} /> : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <SubmitButton label={label} color={spec.danger ? 'error' : 'primary'} />
          </DialogActions>
        </Form>
        )}
      </Dialog>
    </span>
  );
};
