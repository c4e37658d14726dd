import { Box, Paper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SIX_M } from '@contract';
import { readFishbone, type SixM } from './cftReviewShape';

const TOP: readonly SixM[] = SIX_M.slice(0, 3);
const BOTTOM: readonly SixM[] = SIX_M.slice(3);

const Bone = ({ m, causes }: { m: SixM; causes: string[] }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 1.5, height: '100%', textAlign: 'start' }} data-six-m={m}>
      <Typography variant="subtitle2" color="primary" gutterBottom>
        {translate(`app.six_m.${m}`)}
      </Typography>
      {causes.length === 0 ? (
        <Typography variant="body2" color="text.disabled">
          {translate('app.common.none')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, ps: 2.5 }}>
          {causes.map((c, i) => (
            <Typography component="li" variant="body2" key={i}>
              {c}
            </Typography>
          ))}
        </Box>
      )}
    </Paper>
  );
};

/**
 * The fishbone as six boxes around the problem: three causes' families above the spine, three
 * below, the problem (the effect) at the head. Follows the writing direction (RTL in Persian).
 */
export const FishboneDiagram = () => {
  const record = useRecordContext<{ id: string; fishbone?: unknown; problemStatement?: string; title?: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const fishbone = readFishbone(record.fishbone);
  const row = (ms: readonly SixM[]) => (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 1.5 }}>
      {ms.map((m) => (
        <Bone key={m} m={m} causes={fishbone[m]} />
      ))}
    </Box>
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 220px' }, gap: 1.5, alignItems: 'center', width: '100%' }} data-testid="fishbone">
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        {row(TOP)}
        <Box sx={{ position: 'relative', height: 24, display: 'flex', alignItems: 'center' }} aria-hidden>
          <Box sx={{ flex: 1, borderTop: 4, borderColor: 'primary.main' }} />
          <Box
            sx={{
              width: 0,
              height: 0,
              borderTop: '10px solid transparent',
              borderBottom: '10px solid transparent',
              borderInlineStart: '16px solid currentColor',
              color: 'primary.main',
            }}
          />
        </Box>
        {row(BOTTOM)}
      </Box>
      <Paper sx={{ p: 2, bgcolor: 'primary.main', color: 'primary.contrastText', textAlign: 'start' }}>
        <Typography variant="overline">{translate('resources.cft-reviews.fishbone.effect')}</Typography>
        <Typography variant="body2">{record.problemStatement || record.title}</Typography>
      </Paper>
    </Box>
  );
};
