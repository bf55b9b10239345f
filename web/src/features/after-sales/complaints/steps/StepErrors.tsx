import { Alert, Stack } from '@mui/material';

/** Errors without a field of their own — a step refused by the server (wrong state, not allowed) — above the form. */
export function StepErrors({ messages, testId }: { messages: readonly string[]; testId: string }) {
  if (messages.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ mb: 1 }}>
      {messages.map((m) => <Alert key={m} severity="error" data-testid={testId}>{m}</Alert>)}
    </Stack>
  );
}
