import CopyIcon from '@mui/icons-material/ContentCopy';
import DoneIcon from '@mui/icons-material/Check';
import { IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';

/**
 * Copies a value (a tracking code, a PIN) to the clipboard, for pasting into a chat or a letter.
 * `what` names it in the button's accessible name and in the confirmation.
 */
export const CopyButton = ({ value, what, testId }: { value: string; what: string; testId?: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [copied, setCopied] = useState(false);
  const label = translate('resources.common.copy.action', { what });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      notify('resources.common.copy.done', { type: 'info', messageArgs: { what } });
    } catch {
      notify('resources.common.copy.failed', { type: 'warning' });
    }
  };
  return (
    <Tooltip title={label}>
      <IconButton onClick={copy} aria-label={label} data-testid={testId} data-copied={copied ? 'true' : undefined}>
        {copied ? <DoneIcon /> : <CopyIcon />}
      </IconButton>
    </Tooltip>
  );
};
