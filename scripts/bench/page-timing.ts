// Page-side clocks for the editor benchmark, as JavaScript source strings (the app's CSP forbids eval in the
// page, but Playwright's init scripts and evaluate() run through the DevTools protocol).
//
// Every figure starts at the user's action: the key event's own timeStamp (the time the browser received the
// key, before any listener of the app ran, input queueing included), and ends when the frame that shows the
// result has been rendered: a MutationObserver sees the change, then a requestAnimationFrame callback (which
// runs just before that frame's style, layout and paint) posts a message, which arrives once the frame's
// main-thread work is done. Compositing and presentation on other threads come on top (a few ms); Chromium's
// own Event Timing figure (key → next presented frame, in 8 ms steps, only reported from 16 ms up) is kept
// beside it as a cross-check.

/** Installed before any script of the page (context.addInitScript): key times, first paints, Event Timing. */
export const INIT_SCRIPT = `(() => {
  const cw = (window.__cw = { keys: [], text: null, marks: null, events: new Map(), typing: [] });
  const afterFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  cw.afterFrame = afterFrame;
  // A window capture listener runs before every document or element listener of the app.
  addEventListener('keydown', (e) => cw.keys.push({ key: e.key, t: e.timeStamp }), { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') cw.events.set(e.startTime, e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const firstFrame = (field, test) => {
    const observer = new MutationObserver(() => {
      if (cw[field] !== null || !test()) return;
      observer.disconnect();
      cw[field] = 'pending';
      afterFrame((t) => (cw[field] = t));
    });
    observer.observe(document, { subtree: true, childList: true });
  };
  firstFrame('text', () => {
    const p = document.querySelector('[data-testid=source-text] p');
    return !!p && p.textContent.length > 0;
  });
  firstFrame('marks', () => !!document.querySelector('[data-testid=source-text] mark'));
  // Times the next key: from its event to the rendered frame where test() first holds.
  cw.arm = (test) => {
    const from = cw.keys.length;
    cw.result = null;
    const observer = new MutationObserver(() => {
      if (cw.keys.length <= from || !test()) return;
      observer.disconnect();
      const key = cw.keys[from];
      afterFrame((t) => (cw.result = { ms: t - key.t, key: key.t }));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  // Typing: each key's event to the rendered frame after its input event.
  // Captured on the way down: an editor may stop the event's propagation (Lexical does, for nested editors).
  cw.armTyping = (root) => {
    root.addEventListener(
      'input',
      () => {
        const key = cw.keys[cw.keys.length - 1];
        if (key) afterFrame((t) => cw.typing.push(t - key.t));
      },
      true,
    );
  };
})()`;

/**
 * The same clocks for a page without the app (the bare contenteditable baseline): a key's event to the
 * rendered frame after its input event, pushed to window.__typing.
 */
export const BARE_TYPING_CLOCK = `((root) => {
  window.__typing = [];
  let down = 0;
  root.addEventListener('keydown', (e) => { down = e.timeStamp; }, true);
  root.addEventListener('input', () => {
    const t = down;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__typing.push(performance.now() - t);
      channel.port2.postMessage(0);
    });
  });
})`;
