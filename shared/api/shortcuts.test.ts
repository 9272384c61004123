import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_TAGS } from '../workspace/model.ts';
import { FILE_ITEMS, FIND_ITEMS, HELP_ITEMS, SOURCE_ITEMS, UNDO_ITEMS, VIEW_ITEMS } from './menus.ts';
import { keyLabel, matchesAccelerator, PAGE_KEYS, shortcutSheet } from './shortcuts.ts';

const key = (
  k: string,
  code: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

test('the sheet lists every accelerator of the menus, every page key and every tag key, in both languages', () => {
  for (const lang of ['ar', 'en'] as const) {
    const listed = shortcutSheet(lang, DEFAULT_TAGS).flatMap((g) => g.rows.flatMap((r) => r.keys));
    const menus = [...FILE_ITEMS, ...UNDO_ITEMS, ...FIND_ITEMS, ...SOURCE_ITEMS, ...VIEW_ITEMS, ...HELP_ITEMS].flatMap(
      (i) => (i.accelerator ? [i.accelerator] : []),
    );
    const page = Object.values(PAGE_KEYS).flatMap((p) => p.keys);
    const tags = DEFAULT_TAGS.flatMap((t) => (t.shortcut ? [t.shortcut] : []));
    assert.deepEqual([...listed].sort(), [...menus, ...page, ...tags].sort());
  }
});

test('accelerators match by value or physical key, with exactly their modifiers', () => {
  assert.equal(matchesAccelerator(key('o', 'KeyO', { ctrlKey: true }), 'CmdOrCtrl+O'), true);
  assert.equal(matchesAccelerator(key('خ', 'KeyO', { metaKey: true }), 'CmdOrCtrl+O'), true, 'Arabic layout');
  assert.equal(matchesAccelerator(key('O', 'KeyO', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+O'), false);
  assert.equal(matchesAccelerator(key('F', 'KeyF', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+F'), true);
  assert.equal(matchesAccelerator(key('f', 'KeyF', { ctrlKey: true, altKey: true }), 'CmdOrCtrl+F'), false);
  assert.equal(matchesAccelerator(key('F6', 'F6', { shiftKey: true }), 'Shift+F6'), true);
  assert.equal(matchesAccelerator(key('F6', 'F6', { shiftKey: true }), 'F6'), false);
  assert.equal(matchesAccelerator(key('?', 'Slash', { shiftKey: true }), '?'), true, 'Shift is part of "?"');
  assert.equal(matchesAccelerator(key('؟', 'Slash', { shiftKey: true }), '؟'), true);
  assert.equal(matchesAccelerator(key('?', 'Slash', { shiftKey: true, ctrlKey: true }), '?'), false);
});

test('text size keys: Ctrl+= and Ctrl++ (Shift, keypad), Ctrl+− (keypad too), Ctrl+0; not without Ctrl', () => {
  assert.equal(matchesAccelerator(key('=', 'Equal', { ctrlKey: true }), 'CmdOrCtrl+='), true);
  assert.equal(matchesAccelerator(key('+', 'Equal', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Plus'), true);
  assert.equal(matchesAccelerator(key('+', 'NumpadAdd', { ctrlKey: true }), 'CmdOrCtrl+Plus'), true);
  assert.equal(matchesAccelerator(key('-', 'NumpadSubtract', { metaKey: true }), 'CmdOrCtrl+-'), true);
  assert.equal(matchesAccelerator(key('-', 'Minus', { ctrlKey: true }), 'CmdOrCtrl+-'), true);
  assert.equal(matchesAccelerator(key('0', 'Digit0', { ctrlKey: true }), 'CmdOrCtrl+0'), true);
  assert.equal(matchesAccelerator(key('=', 'Equal'), 'CmdOrCtrl+='), false);
  assert.equal(matchesAccelerator(key('ـ', 'Minus', { ctrlKey: true }), 'CmdOrCtrl+-'), true, 'by physical key');
  assert.equal(keyLabel('CmdOrCtrl+Plus', false), 'Ctrl++');
});

test('keys as people read them', () => {
  assert.equal(keyLabel('CmdOrCtrl+Shift+F', false), 'Ctrl+Shift+F');
  assert.equal(keyLabel('CmdOrCtrl+Shift+F', true), '⌘⇧F');
  assert.equal(keyLabel('ArrowUp', false), '↑');
});
