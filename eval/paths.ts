// Where the repository and the shared evaluation data are, from compiled code in dist/eval/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const sharedRoot = process.env.DOSSIER_SHARED ?? path.resolve(repoRoot, '../shared');
