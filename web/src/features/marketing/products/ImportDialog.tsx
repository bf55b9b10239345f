import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, LinearProgress, Radio, RadioGroup, Stack,
  Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '../../../gql/graphql';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { downloadText } from '../../../lib/ui/download';
import { ImportJobQuery, StartProductImportMutation } from './priceOperations';

const COLUMNS = 'product_code,title,category_path,price_tier,sku_code,barcode,spec,weight_grams,price_yuan,vip_price_yuan,is_gift,warehouse_code,opening_qty';
const EXAMPLE = '\uFEFF' + `${COLUMNS}\nLJ-2026,西湖龙井 明前特级 2026新茶,茶叶/绿茶,VOLUME,LJ-2026-250G,6901234567890,规格=250g,300,268.00,248.00,false,HZ,50\n`;
const FINISHED = new Set(['SUCCEEDED', 'FAILED']);

/** CSV import of products, SKUs and opening stock, run as a job whose progress is polled. */
export function ImportDialog({ onClose, onFinished }: { onClose: () => void; onFinished: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [jobId, setJobId] = useState<string | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [start, { loading: starting }] = useMutation(StartProductImportMutation);
  const { data } = useQuery(ImportJobQuery, { variables: { id: jobId ?? '' }, skip: !jobId, pollInterval: 500, fetchPolicy: 'network-only' });
  const job = data?.importJob;
  const finished = job ? FINISHED.has(job.status) : false;
  useEffect(() => {
    if (finished) onFinished();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report once, when the job finishes
  }, [finished]);

  const begin = async () => {
    if (!file) {
      setGeneral([t('products.importPickFile')]);
      return;
    }
    setGeneral([]);
    const csv = await file.text();
    const outcome = await runPayload(async () => (await start({ variables: { input: { csv, fileName: file.name, mode } } })).data?.startProductImport);
    if (outcome.ok && outcome.payload?.job) setJobId(outcome.payload.job.id);
    else setGeneral(outcome.errors.map(errorText));
  };

  const percent = job && job.totalRows > 0 ? Math.round((job.processedRows / job.totalRows) * 100) : finished ? 100 : 0;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('products.importTitle')}</DialogTitle>
      <DialogContent data-testid="import-dialog">
        <Stack spacing={2} sx={{ mt: 1 }}>
          {general.map((m) => <Alert key={m} severity="error" data-testid="import-error">{m}</Alert>)}
          <Typography variant="body2" color="text.secondary">{t('products.importHelp')}</Typography>
          <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{COLUMNS}</Typography>
          {!jobId && (
            <>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
                  {t('products.importChoose')}
                  <input hidden type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
                </Button>
                <Typography variant="body2">{file?.name ?? t('products.importNoFile')}</Typography>
                <Box sx={{ flexGrow: 1 }} />
                <Button size="small" onClick={() => downloadText('products-template.csv', EXAMPLE)}>{t('products.importTemplate')}</Button>
              </Stack>
              <RadioGroup value={mode} onChange={(e) => setMode(e.target.value as ImportMode)}>
                <FormControlLabel value="ALL_OR_NOTHING" control={<Radio />} label={t('products.importAllOrNothing')} />
                <FormControlLabel value="VALID_ROWS_ONLY" control={<Radio slotProps={{ input: { 'data-testid': 'import-valid-only' } as object }} />} label={t('products.importValidOnly')} />
              </RadioGroup>
            </>
          )}
          {job && (
            <Box data-testid="import-progress" data-status={job.status}>
              <Stack direction="row" spacing={2} sx={{ mb: 1 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>{t(`importStatus.${job.status}`)}</Typography>
                <Typography variant="body2">{t('products.importCounts', { processed: job.processedRows, total: job.totalRows, imported: job.importedRows, errors: job.errorCount })}</Typography>
              </Stack>
              <LinearProgress variant={job.status === 'QUEUED' ? 'indeterminate' : 'determinate'} value={percent} aria-label={t('products.importTitle')} />
            </Box>
          )}
          {job && finished && job.errors.length > 0 && (
            <Box sx={{ maxHeight: 280, overflow: 'auto' }}>
              <Table size="small" stickyHeader data-testid="import-row-errors">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('products.importRow')}</TableCell>
                    <TableCell>{t('products.importColumn')}</TableCell>
                    <TableCell>{t('products.importMessage')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {job.errors.map((e) => (
                    <TableRow key={`${e.row}-${e.column ?? ''}-${e.message}`}>
                      <TableCell>{e.row}</TableCell>
                      <TableCell>{e.column ?? '—'}</TableCell>
                      <TableCell>{e.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{finished ? t('common.close') : t('common.cancel')}</Button>
        {!jobId && <Button variant="contained" onClick={() => void begin()} disabled={starting} data-testid="import-start">{t('products.importStart')}</Button>}
      </DialogActions>
    </Dialog>
  );
}
