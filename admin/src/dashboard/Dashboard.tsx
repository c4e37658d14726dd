import { Card, CardContent, CardHeader, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { isRoleType, type RoleType } from '../authProvider';

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending: identityPending } = useGetIdentity();
  const { permissions, isPending: permissionsPending } = usePermissions<RoleType | null>();

  const name = identity?.fullName ?? '';
  const role = isRoleType(permissions)
    ? translate(`app.roles.${permissions}`)
    : translate('app.roles.unknown');

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.name')} />
      <CardHeader title={translate('app.name')} subheader={translate('app.dashboard.intro')} />
      {!identityPending && !permissionsPending && (
        <CardContent>
          <Typography variant="h6" component="p">
            {translate('app.dashboard.greeting', { name })}
          </Typography>
          <Typography variant="body1" color="text.secondary">
            {translate('app.dashboard.role', { role })}
          </Typography>
        </CardContent>
      )}
    </Card>
  );
};

export default Dashboard;
