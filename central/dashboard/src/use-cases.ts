import { useCallback, useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { CaseView } from '../../src/views';
import type { Api } from './api';
import { errorCode } from './api';
import { applyCase, caseOrder } from './case-moves';
import { useSocketEvent } from './use-socket-event';

export interface Cases {
  readonly cases: readonly CaseView[] | undefined;
  readonly error: string | undefined;
  /** Takes a case the API answered with. */
  readonly update: (changed: CaseView) => void;
}

/** The open cases from `GET /api/deadlines`, kept live by `case.updated`. */
export function useCases(api: Api, socket: Socket | undefined): Cases {
  const [cases, setCases] = useState<readonly CaseView[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let cancelled = false;
    api
      .get<{ cases: CaseView[] }>('/api/deadlines')
      .then((body) => {
        if (!cancelled) setCases([...body.cases].sort(caseOrder));
      })
      .catch((failure: unknown) => {
        if (!cancelled) setError(errorCode(failure));
      });
    return () => {
      cancelled = true;
    };
  }, [api]);

  const update = useCallback((changed: CaseView) => {
    setCases((current) =>
      current === undefined ? current : applyCase(current, changed),
    );
  }, []);
  useSocketEvent(socket, 'case.updated', update);
  return { cases, error, update };
}
