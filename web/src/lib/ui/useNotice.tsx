import { useCallback, useState } from 'react';
import { Alert, Snackbar } from '@mui/material';

type Severity = 'success' | 'error' | 'info';

/** A short message at the bottom of the screen. Returns the notify function and the element to render. */
export function useNotice() {
  const [notice, setNotice] = useState<{ message: string; severity: Severity } | null>(null);
  const notify = useCallback((message: string, severity: Severity = 'success') => setNotice({ message, severity }), []);
  const element = (
    <Snackbar open={notice !== null} autoHideDuration={5000} onClose={() => setNotice(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      {notice ? <Alert severity={notice.severity} onClose={() => setNotice(null)} data-testid="notice">{notice.message}</Alert> : undefined}
    </Snackbar>
  );
  return [notify, element] as const;
}
