import TranslateIcon from '@mui/icons-material/Translate';
import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { getStoredRole } from '../session';
import { canAccess } from '../permissions/canAccess';
import { ReportsMenu } from '../reports/ReportsMenu';
import { MENU_GROUPS, RESOURCES, type MenuGroup } from '../resources';
import { TRANSLATION_STATUS_PATH } from '../translation-status/route';

const Group = ({ group, role }: { group: MenuGroup; role: unknown }) => {
  const translate = useTranslate();
  // The pages of the group this role works with (shared MENU_ROLES); a group with none is left out.
  const entries = RESOURCES.filter((entry) => entry.group === group && entry.list && canAccess(role, { action: 'menu', resource: entry.name }));
  const translations = group === 'content' && canAccess(role, { action: 'menu', resource: 'translation-status' });
  if (entries.length === 0 && !translations) return null;
  return (
    <Fragment>
      <Divider />
      {/* Not an item of the menu (role="menu" holds menu items only): a heading screen readers read as text. */}
      <ListSubheader component="div" role="presentation" disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
        {translate(`app.menu.${group}`)}
      </ListSubheader>
      {entries.map((entry) => (
        <RaMenu.ResourceItem key={entry.name} name={entry.name} />
      ))}
      {translations && (
        <RaMenu.Item to={TRANSLATION_STATUS_PATH} primaryText={translate('resources.translation-status.title')} leftIcon={<TranslateIcon />} />
      )}
    </Fragment>
  );
};

/**
 * The menu by area of work, shaped by role: each role sees the pages it works with, and the reports
 * after the quality pages. Long labels (Russian ones above all) wrap onto a second line instead of
 * being cut.
 */
export const Menu = () => {
  const role = getStoredRole();
  return (
    <RaMenu sx={{ '& .RaMenuItemLink-root, & .MuiMenuItem-root': { whiteSpace: 'normal', lineHeight: 1.25, minHeight: 40 } }}>
      <RaMenu.DashboardItem />
      {MENU_GROUPS.map((group) => (
        <Fragment key={group}>
          <Group group={group} role={role} />
          {group === 'quality' && <ReportsMenu />}
        </Fragment>
      ))}
    </RaMenu>
  );
};
