// Prototype page for scripts/bench-editor-designs.ts: ?design=a (one editor over a window of lines) or
// ?design=b (an editor per block of lines, mounted on demand), over /data.json (text and claim ranges).

import { createRoot } from 'react-dom/client';
import { DesignA } from './design-a.tsx';
import { DesignB } from './design-b.tsx';
import { prepare, type Data } from './shared.ts';

performance.mark('proto:start');
const design = new URLSearchParams(location.search).get('design');
const data = (await (await fetch('./data.json')).json()) as Data;
const doc = prepare(data);
const View = design === 'b' ? DesignB : DesignA;
createRoot(document.getElementById('root')!).render(<View doc={doc} />);
