// Renderer entry: connect to whichever door is present, then render the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api.ts';
import { App } from './App.tsx';
import { t } from './i18n.ts';
import './styles.css';

performance.mark('cw:script-start');
const root = createRoot(document.getElementById('root')!);
const api = connect();
root.render(
  <StrictMode>{api ? <App api={api} /> : <p className="message message--error">{t('ar', 'noConnection')} — {t('en', 'noConnection')}</p>}</StrictMode>,
);
