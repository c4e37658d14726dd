import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { useRoleCan } from '../permissions/useRoleCan';
import { ReportsMenu } from '../reports/ReportsMenu';
import { MENU_GROUPS, RESOURCES, type MenuGroup, type ResourceEntry } from '../resources';

const ResourceItem = ({ entry }: { entry: ResourceEntry }) => {
  const canList = useRoleCan({ action: 'list', resource: entry.name });
  if (!canList || !entry.list) return null;
  return <RaMenu.ResourceItem name={entry.name} />;
};

const Group = ({ group }: { group: MenuGroup }) => {
  const translate = useTranslate();
  const entries = RESOURCES.filter((entry) => entry.group === group);
  if (entries.length === 0) return null;
  return (
    <Fragment>
      <Divider />
      <ListSubheader disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
        {translate(`app.menu.${group}`)}
      </ListSubheader>
      {entries.map((entry) => (
        <ResourceItem key={entry.name} entry={entry} />
      ))}
    </Fragment>
  );
};

/** The menu by area of work; a later "reports" group slots in as one more entry of MENU_GROUPS. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    {MENU_GROUPS.map((group) => (
      <Fragment key={group}>
        <Group group={group} />
        {group === 'quality' && <ReportsMenu />}
      </Fragment>
    ))}
  </RaMenu>
);
