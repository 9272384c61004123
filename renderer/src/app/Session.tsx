// One run of the app on one workspace. Opening another workspace starts a new run: the app is mounted afresh on
// a new bootstrap, so no state of the workspace left behind (its open source, claims, search) can survive.

import { useCallback, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { App } from './App.tsx';
import { bootstrap, type Boot } from './boot.ts';

export function Session({ api, firstBoot }: { api: WorkbenchApi; firstBoot: Promise<Boot> }) {
  const [run, setRun] = useState({ n: 0, boot: firstBoot });
  const onSwitched = useCallback(() => setRun((r) => ({ n: r.n + 1, boot: bootstrap(api) })), [api]);
  return <App key={run.n} api={api} boot={run.boot} onSwitched={onSwitched} />;
}
