import { useRef, useState, type ChangeEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, IconButton, List, ListItem, ListItemText, Stack, Tooltip, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { runPayload } from '../../../lib/ui/payload';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { formatDateTime } from '../../../lib/ui/format';
import { AddContractAttachmentMutation, ContractAttachmentContentQuery, RemoveContractAttachmentMutation } from './operations';

interface Attachment { id: string; fileName: string; contentType: string; sizeBytes: number; createdAt: string }

const readBase64 = (file: File) => new Promise<string>((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(String(reader.result));
  reader.onerror = () => reject(reader.error ?? new Error('read failed'));
  reader.readAsDataURL(file);
});

const sizeText = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** A contract's scans and PDFs: download for readers, upload and remove for those who manage contracts. */
export function AttachmentsCard({ contractId, attachments, manage, onNotice }: {
  contractId: string;
  attachments: readonly Attachment[];
  manage: boolean;
  onNotice: (message: string, severity?: 'success' | 'error') => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const client = useApolloClient();
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [add, { loading }] = useMutation(AddContractAttachmentMutation);
  const [remove] = useMutation(RemoveContractAttachmentMutation);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const base64 = await readBase64(file);
    const outcome = await runPayload(async () => (await add({ variables: { input: { contractId, fileName: file.name, contentType: file.type || 'application/pdf', base64 } } })).data?.addContractAttachment);
    setErrors(outcome.errors.map(errorText));
    if (outcome.ok) onNotice(t('proc.contract.uploaded', { name: file.name }));
  };

  const download = async (a: Attachment) => {
    try {
      const result = await client.query({ query: ContractAttachmentContentQuery, variables: { id: a.id }, fetchPolicy: 'no-cache' });
      const content = result.data?.contractAttachmentContent;
      if (!content) return;
      const bytes = Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: content.contentType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = content.fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (e) {
      onNotice(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  const drop = async (a: Attachment) => {
    const outcome = await runPayload(async () => (await remove({ variables: { input: { id: a.id } } })).data?.removeContractAttachment);
    setErrors(outcome.errors.map(errorText));
  };

  return (
    <Card>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('proc.contract.attachments')}</Typography>
          {manage && (
            <>
              <input ref={input} type="file" hidden accept="application/pdf,image/jpeg,image/png,image/webp" onChange={(e) => void upload(e)} data-testid="contract-attachment-input" />
              <Button size="small" startIcon={<UploadFileIcon />} disabled={loading} onClick={() => input.current?.click()} data-testid="contract-attachment-upload">
                {t('proc.contract.upload')}
              </Button>
            </>
          )}
        </Stack>
        {errors.map((m) => <Alert key={m} severity="error" sx={{ mb: 1 }} data-testid="contract-attachment-error">{m}</Alert>)}
        {attachments.length === 0 ? <Typography color="text.secondary">{t('proc.contract.noAttachments')}</Typography> : (
          <List dense data-testid="contract-attachments">
            {attachments.map((a) => (
              <ListItem key={a.id} disableGutters secondaryAction={(
                <Stack direction="row">
                  <Tooltip title={t('proc.contract.download')}><IconButton size="small" onClick={() => void download(a)}><DownloadIcon fontSize="small" /></IconButton></Tooltip>
                  {manage && <Tooltip title={t('common.remove')}><IconButton size="small" onClick={() => void drop(a)}><DeleteIcon fontSize="small" /></IconButton></Tooltip>}
                </Stack>
              )}>
                <ListItemText primary={a.fileName} secondary={`${sizeText(a.sizeBytes)} · ${formatDateTime(a.createdAt, i18n.language)}`} />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
