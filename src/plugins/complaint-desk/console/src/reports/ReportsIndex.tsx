import { Alert, Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { REPORT_NAMES } from '@contract';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useCanSeeReports } from './reportAccess';

/** `#/reports`: the nine reports, each a card that opens its page. */
export const ReportsIndex = () => {
  const translate = useTranslate();
  const allowed = useCanSeeReports();
  if (!allowed) return <Alert severity="warning" sx={{ mt: 2 }}>{translate('resources.reports.states.forbidden')}</Alert>;
  return (
    <Box sx={{ mt: 2 }} data-testid="reports-index">
      <Title title={translate('resources.reports.name')} />
      <Typography variant="h5" component="h1" sx={{ textAlign: 'start' }}>
        {translate('resources.reports.name')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2, textAlign: 'start' }}>
        {translate('resources.reports.intro')}
      </Typography>
      <Box component="ul" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 2, p: 0, m: 0, listStyle: 'none' }}>
        {REPORT_NAMES.map((name) => (
          <li key={name}>
            <Card sx={{ height: '100%' }}>
              <CardActionArea component={Link} to={`/reports/${name}`} sx={{ height: '100%' }} data-testid={`reports-open-${name}`}>
                <CardContent sx={{ textAlign: 'start' }}>
                  <Typography variant="h6" component="h2">
                    {translate(`resources.reports.names.${name}`)}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`resources.reports.descriptions.${name}`)}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        ))}
      </Box>
    </Box>
  );
};

export default ReportsIndex;
