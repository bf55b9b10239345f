import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableHead,
  TableRow, TextField, Tooltip,
} from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CategoriesQuery } from './operations';
import { CreateCategoryMutation, MoveCategoryMutation, UpdateCategoryMutation } from './categoryOperations';

type Editing = { id: string | null; name: string; parentId: string };
const ROOT = '';

/** The category tree (listed by path): add a category, rename one, or move it under another parent (product:write). */
export function CategoriesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data } = useQuery(CategoriesQuery);
  const categories = [...(data?.categories ?? [])].sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'));
  const [editing, setEditing] = useState<Editing>({ id: null, name: '', parentId: ROOT });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const refetch = { refetchQueries: ['Categories', 'Products'] };
  const [create] = useMutation(CreateCategoryMutation, refetch);
  const [rename] = useMutation(UpdateCategoryMutation, refetch);
  const [move] = useMutation(MoveCategoryMutation, refetch);

  const save = async () => {
    if (!editing.name.trim()) {
      setErrors({ name: t('validation.required') });
      return;
    }
    const parentId = editing.parentId || null;
    const current = categories.find((c) => c.id === editing.id);
    const outcome = await runPayload(async () => {
      if (!editing.id) return (await create({ variables: { input: { name: editing.name.trim(), parentId } } })).data?.createCategory;
      if (current && (current.parentId ?? ROOT) !== editing.parentId) {
        const moved = (await move({ variables: { input: { id: editing.id, parentId } } })).data?.moveCategory;
        if (!moved || moved.errors.length) return moved;
      }
      return (await rename({ variables: { input: { id: editing.id, name: editing.name.trim() } } })).data?.updateCategory;
    });
    const split = splitFieldErrors(outcome.errors, ['name', 'parentId'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
    if (outcome.ok) setEditing({ id: null, name: '', parentId: ROOT });
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('products.categories')}</DialogTitle>
      <DialogContent data-testid="categories-dialog">
        <Stack spacing={2} sx={{ mt: 1 }}>
          {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
            <TextField size="small" label={editing.id ? t('products.categoryRename') : t('products.categoryNew')} value={editing.name}
              onChange={(e) => setEditing({ ...editing, name: e.target.value })} error={Boolean(errors.name)} helperText={errors.name}
              slotProps={{ htmlInput: { 'data-testid': 'category-name' } }} />
            <TextField select size="small" label={t('products.categoryParent')} value={editing.parentId} sx={{ minWidth: 180 }}
              onChange={(e) => setEditing({ ...editing, parentId: e.target.value })} error={Boolean(errors.parentId)} helperText={errors.parentId}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
              <MenuItem value={ROOT}><em>{t('products.categoryTop')}</em></MenuItem>
              {categories.filter((c) => c.id !== editing.id).map((c) => <MenuItem key={c.id} value={c.id}>{c.path}</MenuItem>)}
            </TextField>
            <Button variant="contained" onClick={() => void save()} data-testid="category-save">{editing.id ? t('common.save') : t('common.create')}</Button>
            {editing.id && <Button onClick={() => setEditing({ id: null, name: '', parentId: ROOT })}>{t('common.cancel')}</Button>}
          </Stack>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('products.category')}</TableCell>
                <TableCell align="right">{t('products.categoryProducts')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {categories.map((c) => (
                <TableRow key={c.id}>
                  <TableCell sx={{ pl: 2 + (c.path.split('/').length - 1) * 2 }}>{c.path}</TableCell>
                  <TableCell align="right">{c.productCount}</TableCell>
                  <TableCell align="right">
                    <Tooltip title={t('common.edit')}>
                      <IconButton size="small" onClick={() => setEditing({ id: c.id, name: c.name, parentId: c.parentId ?? ROOT })}><EditIcon fontSize="small" /></IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Stack>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('common.close')}</Button></DialogActions>
    </Dialog>
  );
}
