import BarChartIcon from '@mui/icons-material/BarChart';
import InsightsIcon from '@mui/icons-material/Insights';
import StackedLineChartIcon from '@mui/icons-material/StackedLineChart';
import TimerIcon from '@mui/icons-material/Timer';
import { Divider, ListSubheader } from '@mui/material';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { useCanSeeReports } from './reportAccess';

/** The menu's "Reports" group: the overview and the reports opened most, for the roles that read reports. */
export const ReportsMenu = () => {
  const translate = useTranslate();
  if (!useCanSeeReports()) return null;
  const name = (report: string) => translate(`resources.reports.names.${report}`);
  return (
    <>
      <Divider />
      {/* Not an item of the menu (role="menu" holds menu items only): a heading screen readers read as text. */}
      <ListSubheader component="div" role="presentation" disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
        {translate('resources.reports.name')}
      </ListSubheader>
      <RaMenu.Item to="/reports" primaryText={translate('resources.reports.all')} leftIcon={<InsightsIcon />} data-testid="menu-reports" />
      <RaMenu.Item to="/reports/root-causes" primaryText={name('root-causes')} leftIcon={<BarChartIcon />} />
      <RaMenu.Item to="/reports/trends" primaryText={name('trends')} leftIcon={<StackedLineChartIcon />} />
      <RaMenu.Item to="/reports/sla-compliance" primaryText={name('sla-compliance')} leftIcon={<TimerIcon />} />
    </>
  );
};
