import { useEffect, useState } from 'react';
import type { CatalogSnapshot, Localized } from '@motcua/protocol';

/** Procedure id → its name in every language, from `GET /api/catalog`. */
export function useProcedureNames(
  enabled: boolean,
): ReadonlyMap<string, Localized> {
  const [names, setNames] = useState<ReadonlyMap<string, Localized>>(new Map());

  useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    fetch('/api/catalog')
      .then((response) => response.json() as Promise<CatalogSnapshot>)
      .then((catalog) => {
        if (cancelled) return;
        setNames(new Map(catalog.procedures.map((p) => [p.id, p.name])));
      })
      // Without the catalog the list shows procedure ids, which still works.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [enabled]);

  return names;
}
