import { useQuery } from '@apollo/client/react';
import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/ui/format';
import { ConversationQuery } from './operations';

/** One chat record: the messages in order, each staff reply with its response time against the 20 s target. */
export function ConversationDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(ConversationQuery, { variables: { id } });
  const c = data?.conversation;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{c ? t('cs.chat.with', { name: c.customer.name }) : t('common.loading')}</DialogTitle>
      <DialogContent data-testid="conversation-messages">
        {loading && <LinearProgress />}
        <Stack spacing={1}>
          {c?.messages.map((m) => (
            <Box key={m.id} sx={{ alignSelf: m.sender === 'STAFF' ? 'flex-end' : 'flex-start', maxWidth: '80%', p: 1, borderRadius: 1, bgcolor: m.sender === 'STAFF' ? 'action.selected' : 'action.hover' }}>
              <Typography variant="caption" color="text.secondary">
                {m.sender === 'STAFF' ? m.staff?.name ?? t('cs.chat.staff') : c.customer.name} · {formatDateTime(m.at, i18n.language)}
              </Typography>
              <Typography>{m.text}</Typography>
              {m.responseSeconds !== null && m.responseSeconds !== undefined && (
                <Chip size="small" color={m.responseSeconds <= 20 ? 'success' : 'error'} label={t('cs.chat.repliedIn', { seconds: m.responseSeconds })} />
              )}
            </Box>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('common.close')}</Button></DialogActions>
    </Dialog>
  );
}
