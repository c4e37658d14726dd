import { Box, Button, Card, CardActionArea, CardContent, CardHeader, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Title,
  useCanAccess,
  useGetIdentity,
  useGetList,
  useLocaleState,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { isStaffRole, type QueueName, type ResourceName, type StaffRole } from '@contract';
import { formatNumber } from '../i18n/locales';
import { INBOX_FILTER } from '../approvals/types';
import { PANELS_BY_ROLE } from './dashboardModel';
import { CARDS_BY_ROLE, overdueActionsFilter, WELCOME_BY_ROLE, type DashboardCardKey } from './dashboardCards';

// The role's panels (figures, short lists, small charts) load in their own chunk after the queue counts.
const RoleDashboard = lazy(() => import('./RoleDashboard'));

const listUrl = (resource: string, filter: object) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

interface CountCardProps {
  testId: string;
  title: string;
  resource: string;
  filter: Record<string, unknown>;
  /** Where the card leads (default: the list with this filter). */
  to?: string;
}

/** A count of one list (its `Content-Range` total), linking to that list. */
const CountCard = ({ testId, title, resource, filter, to }: CountCardProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { total, isPending, error } = useGetList(resource, {
    filter,
    pagination: { page: 1, perPage: 1 },
  });
  return (
    <Card data-testid={testId}>
      <CardActionArea component={Link} to={to ?? listUrl(resource, filter)} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'start' }}>
            {title}
          </Typography>
          {isPending ? (
            <Skeleton variant="text" width={60} sx={{ fontSize: '2.5rem' }} data-testid={`${testId}-loading`} />
          ) : error ? (
            <Typography variant="h4" component="p" color="error" title={translate('resources.dashboard.count_error')}>
              —
            </Typography>
          ) : (
            <Typography variant="h4" component="p" data-testid={`${testId}-count`} data-count={total ?? 0}>
              {formatNumber(total ?? 0, locale)}
            </Typography>
          )}
          <Typography variant="caption" color="primary">
            {translate('app.dashboard.open_queue')}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

const QUEUE_TITLES: Record<QueueName, string> = {
  mine: 'app.dashboard.my_queue',
  team: 'app.dashboard.team_queue',
  unassigned: 'app.dashboard.unassigned',
  at_risk: 'app.dashboard.at_risk',
  breached: 'app.dashboard.breached',
  awaiting_approval: 'app.dashboard.awaiting_approval',
  awaiting_customer: 'app.dashboard.awaiting_customer',
};

const DashboardCard = ({ card, userId }: { card: DashboardCardKey; userId: string | number | undefined }) => {
  const translate = useTranslate();
  const [now] = useState(() => new Date().toISOString());
  if (card === 'my_approvals') {
    return (
      <CountCard testId="dashboard-my_approvals" title={translate('app.dashboard.my_approvals')} resource="approvals" filter={INBOX_FILTER} to="/approvals" />
    );
  }
  if (card === 'my_overdue_actions') {
    if (userId === undefined) return null;
    return (
      <CountCard
        testId="dashboard-my_overdue_actions"
        title={translate('app.dashboard.my_overdue_actions')}
        resource="corrective-actions"
        filter={overdueActionsFilter(userId, now)}
      />
    );
  }
  return (
    <CountCard
      testId={`dashboard-${card}`}
      title={translate(QUEUE_TITLES[card])}
      resource="complaints"
      filter={{ queue: card }}
    />
  );
};

/** A link to a resource's list, shown only when the role may open it. */
const ResourceLink = ({ resource }: { resource: ResourceName }) => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'list', resource });
  if (isPending || !canAccess) return null;
  return (
    <Button component={Link} to={`/${resource}`} variant="outlined" data-testid={`dashboard-link-${resource}`}>
      {translate(`resources.${resource}.name`, { smart_count: 2 })}
    </Button>
  );
};

const Welcome = ({ role }: { role: StaffRole }) => {
  const translate = useTranslate();
  const welcome = WELCOME_BY_ROLE[role];
  if (!welcome) return null;
  return (
    <Card sx={{ mt: 2 }} data-testid="dashboard-welcome">
      <CardHeader title={translate('resources.dashboard.can_do')} />
      <CardContent>
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate(welcome.text)}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {welcome.resources.map((resource) => (
            <ResourceLink key={resource} resource={resource} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending: identityPending } = useGetIdentity();
  const { permissions, isPending: permissionsPending } = usePermissions<StaffRole | null>();

  const name = identity?.fullName ?? '';
  const role = isStaffRole(permissions) ? permissions : null;
  const roleLabel = role ? translate(`app.roles.${role}`) : translate('app.roles.unknown');
  const cards = role ? CARDS_BY_ROLE[role] : [];

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.name')} />
      <Card>
        <CardHeader title={translate('app.name')} subheader={translate('app.dashboard.intro')} />
        <CardContent>
          {identityPending || permissionsPending ? (
            <Skeleton variant="text" width={240} />
          ) : (
            <>
              <Typography variant="h6" component="p">
                {translate('app.dashboard.greeting', { name })}
              </Typography>
              <Typography variant="body1" color="text.secondary">
                {translate('app.dashboard.role', { role: roleLabel })}
              </Typography>
            </>
          )}
        </CardContent>
      </Card>
      {cards.length > 0 && (
        <>
          <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1, textAlign: 'start' }}>
            {translate('resources.dashboard.counts')}
          </Typography>
          <Box
            sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}
            data-testid="dashboard-cards"
          >
            {cards.map((card) => (
              <DashboardCard key={card} card={card} userId={identity?.id} />
            ))}
          </Box>
        </>
      )}
      {role && PANELS_BY_ROLE[role].length > 0 && (
        <Suspense fallback={<Skeleton variant="rectangular" height={160} sx={{ mt: 3 }} />}>
          <RoleDashboard role={role} />
        </Suspense>
      )}
      {role && <Welcome role={role} />}
    </Box>
  );
};

export default Dashboard;
