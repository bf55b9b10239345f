import { lazy } from 'react';

/** GraphiQL (with Monaco) is large, so it loads only when someone opens /graphiql. */
export const GraphiQLPage = lazy(() => import('./GraphiQLPage'));
