// The default catalogue shipped with the app (assets/catalogue/procedures.csv, from the shared domain
// notes). Packaged builds pass the assets folder explicitly; from source it is found beside the code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_CATALOGUE_URL = new URL('../../assets/catalogue/procedures.csv', import.meta.url);

/** Path of the default catalogue CSV; `assetsDir` is the folder holding `catalogue/procedures.csv`. */
export function defaultCataloguePath(assetsDir?: string): string {
  return assetsDir ? path.join(assetsDir, 'catalogue', 'procedures.csv') : fileURLToPath(DEFAULT_CATALOGUE_URL);
}

export function readDefaultCatalogueCsv(assetsDir?: string): string {
  return fs.readFileSync(defaultCataloguePath(assetsDir), 'utf8');
}
