import type { OpenedStore } from './central-store';
import { openCentralStore } from './central-store';

export { CENTRAL_DB_FILE } from './central-store';

/** Opens (and migrates) the embedded `<dataDir>/central.sqlite`. */
export function openSqliteStore(dataDir: string): Promise<OpenedStore> {
  return openCentralStore({ dataDir });
}
