/**
 * Monaco's web workers, bundled by Vite from this app's own source. graphiql's `setup-workers/vite` does the
 * same from inside node_modules, which Vite's dependency pre-bundling cannot handle (`?worker` imports break
 * the dev server), so the three workers are wired here instead. No CDN: everything ships in web/dist.
 */
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'graphql') return new GraphQLWorker();
    if (label === 'json') return new JsonWorker();
    return new EditorWorker();
  },
};
