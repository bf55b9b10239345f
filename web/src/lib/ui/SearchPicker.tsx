import { useEffect, useState, type ReactNode } from 'react';
import { Autocomplete, TextField } from '@mui/material';

/** The text typed in a picker, and the same text once typing has paused (what a server search should see). */
export function useDebouncedSearch(delayMs = 250) {
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), delayMs);
    return () => clearTimeout(timer);
  }, [input, delayMs]);
  return { input, setInput, search };
}

export interface SearchPickerProps<T> {
  /** From `useDebouncedSearch`: the typed text and its setter. */
  input: string;
  setInput: (text: string) => void;
  options: T[];
  value: T | null;
  onChange: (option: T | null) => void;
  /** Stable identity of an option. */
  keyOf: (option: T) => string;
  getOptionLabel: (option: T) => string;
  /** What an option's row shows. */
  optionText: (option: T) => ReactNode;
  /** Data attributes on an option's row (e.g. `{ 'data-sku': code }`), for tests to find it. */
  optionData?: (option: T) => Record<`data-${string}`, string>;
  label: string;
  noOptionsText: string;
  loading?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: string;
  required?: boolean;
  testId?: string;
  size?: 'small' | 'medium';
  minWidth?: number;
}

/**
 * An autocomplete whose options come from a server search (never filtered again in the browser), with the
 * test id on its input. The pickers for SKUs, customers and suppliers are this with their own query and rows.
 */
export function SearchPicker<T>({ input, setInput, options, value, onChange, keyOf, getOptionLabel, optionText, optionData, label, noOptionsText,
  loading, disabled, error, helperText, required, testId, size = 'small', minWidth = 260 }: SearchPickerProps<T>) {
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_e, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_e, next) => setInput(next)}
      filterOptions={(x) => x}
      isOptionEqualToValue={(a, b) => keyOf(a) === keyOf(b)}
      getOptionLabel={getOptionLabel}
      renderOption={(props, o) => {
        const { key: _key, ...rest } = props as typeof props & { key?: string };
        return <li {...rest} key={keyOf(o)} {...optionData?.(o)}>{optionText(o)}</li>;
      }}
      loading={loading}
      disabled={disabled}
      noOptionsText={noOptionsText}
      renderInput={(params) => (
        <TextField {...params} size={size} label={label} error={error} helperText={helperText} required={required}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }} />
      )}
      sx={{ minWidth }}
    />
  );
}
