// Renderer entry: connect to whichever door is present, then render the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api.ts';
import { Session } from './app/Session.tsx';
import { bootstrap } from './app/boot.ts';
import { t } from './i18n.ts';
import './styles.css';

performance.mark('cw:script-start');
const root = createRoot(document.getElementById('root')!);
const api = connect();
// Started before the first render, so the data is on its way while React draws the empty window.
const boot = api ? bootstrap(api) : null;
root.render(
  <StrictMode>
    {api && boot ? (
      <Session api={api} firstBoot={boot} />
    ) : (
      <p className="message message--error">
        {t('ar', 'noConnection')} — {t('en', 'noConnection')}
      </p>
    )}
  </StrictMode>,
);
