import { Alert, Button, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { toAsciiDigits, type DuplicateComplaint } from '@contract';
import { EnumField } from '../common/EnumField';
import { CONSOLE_API_URL } from '../config';
import { httpClient } from '../dataProvider';
import { formatDateTime, formatNumber } from '../i18n/locales';
import { formatTrackingCode } from '../common/TrackingCodeField';

/** What the server accepts (else it answers 400): digits and separators, at least 5 digits. */
const PHONE = /^\+?[0-9\s().\-/]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The query for what is typed so far: only well-formed values, so half a number does not ask. */
export const duplicatesQuery = (phone: unknown, email: unknown): string => {
  const params = new URLSearchParams();
  const p = typeof phone === 'string' ? toAsciiDigits(phone.trim()) : '';
  if (p && PHONE.test(p) && p.replace(/[^0-9]/g, '').length >= 6) params.set('phone', p);
  const e = typeof email === 'string' ? email.trim() : '';
  if (e && EMAIL.test(e) && e.length <= 254) params.set('email', e);
  return params.toString();
};

/**
 * Open complaints of a customer with the phone number OR the email being typed (debounced): the same
 * customer complaining again? Each links to its workspace; "Same customer" files this one under them.
 */
export const DuplicateWarning = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { setValue, setFocus } = useFormContext();
  const phone = useWatch({ name: 'customer.phone' });
  const email = useWatch({ name: 'customer.email' });
  const [query, setQuery] = useState('');
  const [duplicates, setDuplicates] = useState<DuplicateComplaint[]>([]);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(duplicatesQuery(phone, email)), 400);
    return () => clearTimeout(timer);
  }, [phone, email]);

  useEffect(() => {
    if (!query) {
      setDuplicates([]);
      return undefined;
    }
    let current = true;
    httpClient(`${CONSOLE_API_URL}/complaints/duplicates?${query}`)
      .then(({ json }) => current && setDuplicates(Array.isArray(json) ? (json as DuplicateComplaint[]) : []))
      // A warning only: when the check fails the form still works.
      .catch(() => current && setDuplicates([]));
    return () => {
      current = false;
    };
  }, [query]);

  if (!query || !duplicates.length) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="duplicate-warning" data-earlier-complaints>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.complaints.duplicates.title', {
          smart_count: duplicates.length,
          count: formatNumber(duplicates.length, locale),
        })}
      </Typography>
      <Stack spacing={0.5}>
        {duplicates.map((complaint) => (
          <Stack key={complaint.id} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-duplicate={complaint.trackingCode}>
            <MuiLink
              component={Link}
              to={createPath({ resource: 'complaints', id: complaint.id, type: 'show' })}
              target="_blank"
              dir="ltr"
              sx={{ fontFamily: 'monospace' }}
            >
              {formatTrackingCode(complaint.trackingCode)}
            </MuiLink>
            <EnumField record={complaint} source="status" namespace="status" />
            <Typography variant="body2" component="span">
              {complaint.subject}
            </Typography>
            {complaint.receivedAt && (
              <Typography variant="caption" component="span" color="text.secondary">
                {formatDateTime(complaint.receivedAt, locale)}
              </Typography>
            )}
            <Button
              size="small"
              onClick={() => {
                setValue('customerId', complaint.customerId, { shouldDirty: true });
                // The warning goes away with the new-customer fields: the cursor goes on to the complaint.
                requestAnimationFrame(() => setFocus('subject'));
              }}
            >
              {translate('resources.complaints.register.same_customer')}
            </Button>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
};
