import { useCallback, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../lib/ui/fieldErrors';
import { runPayload } from '../../../lib/ui/payload';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { EnterStocktakeCountsMutation } from './operations';
import type { SheetLine } from './CountSheet';

/** Counts typed on the sheet but not yet saved, and saving them with enterStocktakeCounts. */
export function useCountDrafts(stocktakeId: string, lines: readonly SheetLine[]) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [enter, { loading }] = useMutation(EnterStocktakeCountsMutation, { refetchQueries: ['Stocktakes'] });

  const dirty = lines.filter((line) => {
    const draft = drafts[line.sku.id];
    return draft !== undefined && draft !== (line.countedQuantity === null || line.countedQuantity === undefined ? '' : String(line.countedQuantity));
  });

  const onDraft = useCallback((skuId: string, value: string) => setDrafts((cur) => ({ ...cur, [skuId]: value })), []);

  /** Saves the changed counts; resolves to the errors that are not about one line (lines get theirs beside the input). */
  const save = async (): Promise<FieldError[]> => {
    const local: Record<string, string> = {};
    for (const line of dirty) {
      const n = Number(drafts[line.sku.id]);
      if (drafts[line.sku.id].trim() === '' || !Number.isInteger(n) || n < 0) local[line.sku.id] = t('validation.wholeNumberMin', { min: 0 });
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return [{ field: null, code: 'INVALID', message: t('stocktakes.fixCounts') }];
    if (dirty.length === 0) return [];
    const sent = dirty.map((line) => ({ skuId: line.sku.id, countedQuantity: Number(drafts[line.sku.id]) }));
    const outcome = await runPayload(async () => (await enter({ variables: { input: { id: stocktakeId, counts: sent } } })).data?.enterStocktakeCounts);
    if (outcome.ok) {
      setDrafts({});
      return [];
    }
    const perLine: Record<string, string> = {};
    const rest = outcome.errors.filter((e) => {
      const match = /^(?:input\.)?counts\.(\d+)\./.exec(e.field ?? '');
      const skuId = match ? sent[Number(match[1])]?.skuId : undefined;
      if (skuId) perLine[skuId] = errorText(e);
      return !skuId;
    });
    setErrors(perLine);
    return rest.length ? rest : [{ field: null, code: 'INVALID', message: t('stocktakes.fixCounts') }];
  };

  return { drafts, errors, dirty, onDraft, save, saving: loading };
}
