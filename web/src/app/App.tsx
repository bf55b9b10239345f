import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { RouterProvider } from 'react-router/dom';
import { useTranslation } from 'react-i18next';
import { createApolloClient } from '../lib/apollo/client';
import { createAppTheme } from './theme';
import { router } from './router';

const client = createApolloClient();

export function App() {
  const { i18n } = useTranslation();
  const theme = useMemo(() => createAppTheme(i18n.language), [i18n.language]);
  return (
    <ApolloProvider client={client}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <RouterProvider router={router} />
      </ThemeProvider>
    </ApolloProvider>
  );
}
