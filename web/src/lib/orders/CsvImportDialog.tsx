import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../ui/useErrorText';
import { downloadText } from '../ui/download';
import type { FieldError } from '../ui/fieldErrors';
import { RowErrorsTable, type RowError } from './RowErrorsTable';

export interface CsvImportOutcome {
  imported?: number | null;
  duplicates?: number | null;
  rowErrors?: readonly RowError[] | null;
  errors: readonly FieldError[];
}

/**
 * Sends a CSV file to an import mutation and shows what came of it: counts and the per-row problems by column.
 * `resultText` words the counts for this kind of import.
 */
export function CsvImportDialog({ title, help, columns, example, templateName, run, resultText, testId, onClose }: {
  title: string;
  help: string;
  columns: string;
  example: string;
  templateName: string;
  run: (csv: string) => Promise<CsvImportOutcome | null | undefined>;
  resultText: (imported: number, duplicates: number) => string;
  testId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [result, setResult] = useState<CsvImportOutcome | null>(null);

  const start = async () => {
    if (!file) {
      setGeneral([t('csvImport.pickFile')]);
      return;
    }
    setGeneral([]);
    setBusy(true);
    try {
      const payload = await run(await file.text());
      if (payload?.errors.length) setGeneral(payload.errors.map(errorText));
      else if (payload) setResult(payload);
    } catch (error) {
      setGeneral([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };
  const badRows = new Set((result?.rowErrors ?? []).map((e) => e.row)).size;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent data-testid={testId}>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {general.map((m) => <Alert key={m} severity="error" data-testid={`${testId}-error`}>{m}</Alert>)}
          <Typography variant="body2" color="text.secondary">{help}</Typography>
          <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{columns}</Typography>
          {!result && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
                {t('csvImport.choose')}
                <input hidden type="file" accept=".csv,text/csv" data-testid={`${testId}-file`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              </Button>
              <Typography variant="body2">{file?.name ?? t('csvImport.noFile')}</Typography>
              <Box sx={{ flexGrow: 1 }} />
              <Button size="small" onClick={() => downloadText(templateName, example)}>{t('csvImport.template')}</Button>
            </Stack>
          )}
          {result && (
            <Alert severity={badRows ? 'warning' : 'success'} data-testid={`${testId}-result`}>
              {resultText(result.imported ?? 0, result.duplicates ?? 0)}
              {badRows ? ` · ${t('csvImport.rowErrors', { count: badRows })}` : ''}
            </Alert>
          )}
          {result?.rowErrors && <RowErrorsTable errors={result.rowErrors} testId={`${testId}-row-errors`} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{result ? t('common.close') : t('common.cancel')}</Button>
        {!result && <Button variant="contained" onClick={() => void start()} disabled={busy} data-testid={`${testId}-start`}>{t('csvImport.start')}</Button>}
      </DialogActions>
    </Dialog>
  );
}
