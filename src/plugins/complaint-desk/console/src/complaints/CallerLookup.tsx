import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { toAsciiDigits } from '@contract';
import { CONSOLE_API_URL } from '../config';
import { httpClient } from '../dataProvider';
import { duplicatesQuery } from './DuplicateWarning';

export interface CustomerOnFile {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  valueTier: number | null;
  contactPreference: string | null;
}

/** The lookup's query for what is typed: an email when it has an @, else a phone number. */
export const lookupQuery = (typed: string): string => {
  const text = toAsciiDigits(typed.trim());
  return text.includes('@') ? duplicatesQuery('', text) : duplicatesQuery(text, '');
};

/**
 * Intake starts with who is calling: a phone number or an email finds the customer on file
 * (GET /customers/lookup), and picking them files the complaint under them. Without a match the
 * typed value goes into the new customer's fields.
 */
export const CallerLookup = () => {
  const translate = useTranslate();
  const { setValue, setFocus } = useFormContext();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<CustomerOnFile[] | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(lookupQuery(typed)), 350);
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    if (!query) {
      setFound(null);
      return undefined;
    }
    let current = true;
    httpClient(`${CONSOLE_API_URL}/customers/lookup?${query}`)
      .then(({ json }) => current && setFound(Array.isArray(json) ? (json as CustomerOnFile[]) : []))
      .catch(() => current && setFound(null));
    return () => {
      current = false;
    };
  }, [query]);

  // No one on file: the number or address typed becomes the new customer's.
  useEffect(() => {
    if (!found || found.length > 0) return;
    const text = typed.trim();
    if (text.includes('@')) setValue('customer.email', text, { shouldDirty: true });
    else setValue('customer.phone', text, { shouldDirty: true });
  }, [found, typed, setValue]);

  const pick = (customer: CustomerOnFile) => {
    setValue('customerId', customer.id, { shouldDirty: true });
    // The picked customer replaces the fields that had focus: the cursor goes on to the complaint.
    requestAnimationFrame(() => setFocus('subject'));
  };

  return (
    <Stack spacing={1} sx={{ mb: 2 }} data-testid="caller-lookup">
      <TextField
        label={translate('resources.complaints.register.lookup')}
        helperText={translate('resources.complaints.register.lookup_help')}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoFocus
        fullWidth
        slotProps={{ htmlInput: { dir: 'ltr', name: 'callerLookup', 'data-testid': 'caller-lookup-input', autoComplete: 'off' } }}
        sx={{ '& input': { textAlign: 'start' } }}
      />
      {found && found.length === 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="caller-lookup-none">
          {translate('resources.complaints.register.lookup_none')}
        </Typography>
      )}
      {found && found.length > 0 && (
        <Alert severity="info" data-testid="caller-lookup-found">
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('resources.complaints.register.lookup_found', { smart_count: found.length })}
          </Typography>
          <Stack spacing={0.5}>
            {found.map((customer) => (
              <Stack key={customer.id} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-customer={customer.id}>
                <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                  {customer.name ?? '—'}
                </Typography>
                {[customer.phone, customer.email].filter(Boolean).map((value) => (
                  <Typography key={value} variant="body2" component="bdi" dir="ltr" color="text.secondary">
                    {value}
                  </Typography>
                ))}
                <Button size="small" variant="outlined" onClick={() => pick(customer)} data-testid="caller-lookup-pick">
                  {translate('resources.complaints.register.lookup_pick')}
                </Button>
              </Stack>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
};
