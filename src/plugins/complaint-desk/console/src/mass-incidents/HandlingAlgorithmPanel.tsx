import WarningIcon from '@mui/icons-material/ReportProblem';
import { Alert, AlertTitle, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { Complaint } from '../complaints/types';

/**
 * The complaint workspace's notice of a linked mass incident: its handling algorithm is mandatory
 * for every linked complaint until the incident is withdrawn, so it shows above the other panels.
 */
export const HandlingAlgorithmPanel = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const incident = record?.massIncident;
  if (!incident) return null;
  return (
    <Alert severity="info" icon={<WarningIcon />} data-panel="handling-algorithm" data-testid="handling-algorithm">
      <AlertTitle>
        {translate('resources.mass-incidents.algorithm.title')}:{' '}
        <MuiLink component={Link} to={createPath({ resource: 'mass-incidents', type: 'show', id: incident.id })}>
          {incident.title}
        </MuiLink>
        {incident.status && incident.status !== 'open' ? ` (${translate(`resources.mass-incidents.statuses.${incident.status}`)})` : ''}
      </AlertTitle>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {incident.handlingAlgorithm || translate('resources.mass-incidents.algorithm.none')}
      </Typography>
    </Alert>
  );
};
