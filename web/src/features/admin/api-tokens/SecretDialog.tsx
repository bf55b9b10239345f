import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../lib/ui/CopyButton';

/** Shows a new token's secret, once, with a copy button. */
export function SecretDialog({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="token-secret-dialog">
      <DialogTitle>{t('tokens.secretTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>{t('tokens.secretWarning')}</Alert>
        <Box component="code" data-testid="token-secret"
          sx={{ display: 'block', p: 1.5, bgcolor: 'grey.100', borderRadius: 1, wordBreak: 'break-all', fontFamily: 'monospace' }}>
          {secret}
        </Box>
      </DialogContent>
      <DialogActions>
        <CopyButton text={secret} testId="token-secret-copy" />
        <Button variant="contained" onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
