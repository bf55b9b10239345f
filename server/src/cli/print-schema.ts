/** Prints the GraphQL schema to schema/schema.graphql (the committed contract). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { printContract } from '../core/graphql/print.js';

const file = path.join(REPO_ROOT, 'schema', 'schema.graphql');
fs.writeFileSync(file, await printContract());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
