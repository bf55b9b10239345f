import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/ui/format';
import { useNotice } from '../../../lib/ui/useNotice';
import { ContactLogsQuery } from './operations';
import { LogContactDialog } from './LogContactDialog';

/** The customer's contact log (newest first, last 50) with "log a contact". */
export function ContactLogCard({ customerId, canLog }: { customerId: string; canLog: boolean }) {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [open, setOpen] = useState(false);
  const [notify, notice] = useNotice();
  const { data, error } = useQuery(ContactLogsQuery, { variables: { first: 50, where: { customerId } } });
  const rows = data?.contactLogs.nodes ?? [];
  return (
    <Card>
      <CardContent>
        <Stack direction="row" sx={{ mb: 1, alignItems: 'center' }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>
            {t('cs.contact.logCard', { count: data?.contactLogs.totalCount ?? 0 })}
          </Typography>
          {canLog && can('customer:write') && (
            <Button variant="contained" size="small" startIcon={<AddCommentIcon />} onClick={() => setOpen(true)} data-testid="log-contact">
              {t('cs.contact.log')}
            </Button>
          )}
        </Stack>
        {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
        {rows.length === 0 ? <Typography color="text.secondary">{t('cs.contact.none')}</Typography> : (
          <Table size="small" data-testid="contact-log">
            <TableHead>
              <TableRow>
                <TableCell>{t('cs.contact.at')}</TableCell>
                <TableCell>{t('cs.contact.channel')}</TableCell>
                <TableCell>{t('cs.contact.outcome')}</TableCell>
                <TableCell>{t('cs.contact.summary')}</TableCell>
                <TableCell>{t('cs.contact.staff')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at, i18n.language)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {t(`cs.enum.contactChannel.${r.channel}`)} · {t(`cs.enum.direction.${r.direction}`)}
                    {r.kind !== 'CONTACT' && <Chip size="small" sx={{ ml: 0.5 }} label={r.careType ? t(`cs.enum.careType.${r.careType}`) : t(`cs.enum.kind.${r.kind}`)} />}
                  </TableCell>
                  <TableCell>{t(`cs.enum.outcome.${r.outcome}`)}</TableCell>
                  <TableCell>{r.summary}</TableCell>
                  <TableCell>{r.staffLabel}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {open && <LogContactDialog customerId={customerId} onClose={() => setOpen(false)} onLogged={() => { setOpen(false); notify(t('cs.contact.logged')); }} />}
      {notice}
    </Card>
  );
}
