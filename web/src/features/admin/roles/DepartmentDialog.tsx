import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { CreateDepartmentMutation, UpdateDepartmentMutation } from './operations';
import { CODE_PATTERN, type DepartmentRow } from './types';

const FIELDS = ['code', 'name', 'nameEn', 'description'];

export function DepartmentDialog({ department, onClose, onSaved }: { department: DepartmentRow | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const creating = department === null;
  const [code, setCode] = useState(department?.code ?? '');
  const [name, setName] = useState(department?.name ?? '');
  const [nameEn, setNameEn] = useState(department?.nameEn ?? '');
  const [description, setDescription] = useState(department?.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, createState] = useMutation(CreateDepartmentMutation, { refetchQueries: ['DepartmentsAdmin'] });
  const [update, updateState] = useMutation(UpdateDepartmentMutation, { refetchQueries: ['DepartmentsAdmin'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (creating && !CODE_PATTERN.test(code)) local.code = t('roles.codeInvalid');
    if (!name.trim()) local.name = t('validation.required');
    if (!nameEn.trim()) local.nameEn = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    try {
      const fields = { name: name.trim(), nameEn: nameEn.trim(), description: description.trim() || null };
      const result = creating
        ? (await create({ variables: { input: { code, ...fields } } })).data?.createDepartment
        : (await update({ variables: { input: { id: department.id, ...fields } } })).data?.updateDepartment;
      if (result?.department && result.errors.length === 0) {
        onSaved();
        return;
      }
      const split = splitFieldErrors(result?.errors, FIELDS, errorText);
      setErrors(split.byField);
      setGeneral(split.general);
    } catch (error) {
      setGeneral([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{creating ? t('roles.createDepartment') : t('roles.editDepartment')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <TextField label={t('roles.code')} value={code} onChange={(e) => setCode(e.target.value)} disabled={!creating} required
              error={Boolean(errors.code)} helperText={errors.code} />
            <TextField label={t('roles.name')} value={name} onChange={(e) => setName(e.target.value)} required
              error={Boolean(errors.name)} helperText={errors.name} />
            <TextField label={t('roles.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.target.value)} required
              error={Boolean(errors.nameEn)} helperText={errors.nameEn} />
            <TextField label={t('roles.description')} value={description} onChange={(e) => setDescription(e.target.value)}
              multiline minRows={2} error={Boolean(errors.description)} helperText={errors.description} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={createState.loading || updateState.loading}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
