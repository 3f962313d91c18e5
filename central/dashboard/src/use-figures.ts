import { useCallback, useEffect, useState } from 'react';
import type { WardFigures } from '../../src/views';
import type { Api } from './api';
import { errorCode } from './api';

export type FiguresState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly code: string }
  | { readonly kind: 'ready'; readonly wards: readonly WardFigures[] };

/** `GET /api/figures` when shown, and again on `reload()`. */
export function useFigures(api: Api): [FiguresState, () => void] {
  const [state, setState] = useState<FiguresState>({ kind: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api
      .get<{ wards: WardFigures[] }>('/api/figures')
      .then((body) => {
        if (!cancelled) setState({ kind: 'ready', wards: body.wards });
      })
      .catch((failure: unknown) => {
        if (!cancelled) setState({ kind: 'failed', code: errorCode(failure) });
      });
    return () => {
      cancelled = true;
    };
  }, [api, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [state, reload];
}
