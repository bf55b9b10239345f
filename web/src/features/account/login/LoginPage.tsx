import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { LoginMutation, MeQuery, useViewer } from '../../../lib/auth';
import { LanguageSwitch } from '../../../lib/i18n/LanguageSwitch';
import { EMAIL_PATTERN, splitFieldErrors } from '../../../lib/ui/fieldErrors';

const FIELDS = ['email', 'password'] as const;

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const { user, loading } = useViewer();
  const [login, { loading: submitting }] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const next = safeNext(params.get('next'));

  if (!loading && user) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!EMAIL_PATTERN.test(email.trim())) local.email = t('login.invalidEmail');
    if (!password) local.password = t('validation.required');
    setFieldErrors(local);
    setGeneralErrors([]);
    if (Object.keys(local).length > 0) return;
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const errors = data?.login.errors ?? [];
      if (errors.length > 0 || !data?.login.user) {
        const split = splitFieldErrors(errors, FIELDS, errorText);
        setFieldErrors(split.byField);
        setGeneralErrors(split.general.length > 0 || Object.keys(split.byField).length > 0 ? split.general : [t('login.failed')]);
        return;
      }
      await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
      await navigate(next, { replace: true });
    } catch (error) {
      setGeneralErrors([error instanceof Error ? error.message : t('login.failed')]);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}>
      <Box sx={{ position: 'fixed', top: 12, right: 12 }}>
        <LanguageSwitch signedIn={false} color="primary" />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 400 }} component="form" onSubmit={(e) => void submit(e)} noValidate>
        <CardContent>
          <Stack spacing={2}>
            <Box>
              <Typography variant="h5" component="h1">{t('login.title')}</Typography>
              <Typography color="text.secondary">{t('login.subtitle')}</Typography>
            </Box>
            {generalErrors.map((message) => (
              <Alert severity="error" key={message} data-testid="login-error">{message}</Alert>
            ))}
            <TextField
              label={t('login.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={Boolean(fieldErrors.email)}
              helperText={fieldErrors.email}
              slotProps={{ htmlInput: { 'data-testid': 'login-email' } }}
              autoFocus
              required
            />
            <TextField
              label={t('login.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={Boolean(fieldErrors.password)}
              helperText={fieldErrors.password}
              slotProps={{ htmlInput: { 'data-testid': 'login-password' } }}
              required
            />
            <Button type="submit" variant="contained" size="large" disabled={submitting} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
