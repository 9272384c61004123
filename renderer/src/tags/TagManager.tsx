// Editing the workspace's tag set in a modal dialog: rename (both languages), recolour, change shortcuts,
// add, and delete — a deleted tag's claims either lose the tag or move to another one (which is a merge).

import { useEffect, useRef, useState } from 'react';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';

export function TagManager(props: {
  lang: UiLanguage;
  tags: Tag[];
  onSave: (tags: Tag[], reassign: Record<string, string | null>) => void;
  onClose: () => void;
}) {
  const { lang } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [tags, setTags] = useState<Tag[]>(props.tags);
  const [reassign, setReassign] = useState<Record<string, string | null>>({});
  useEffect(() => dialog.current?.showModal(), []);
  const update = (id: string, patch: Partial<Tag>) =>
    setTags(tags.map((tag) => (tag.id === id ? { ...tag, ...patch } : tag)));
  const removed = props.tags.filter((old) => !tags.some((tag) => tag.id === old.id));
  return (
    <dialog ref={dialog} className="tag-manager" aria-labelledby="tag-manager-title" onClose={props.onClose}>
      <h2 id="tag-manager-title">{t(lang, 'tagSet')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t(lang, 'labelAr')}</th>
            <th>{t(lang, 'labelEn')}</th>
            <th className="tag-manager__narrow">{t(lang, 'color')}</th>
            <th className="tag-manager__narrow">{t(lang, 'shortcut')}</th>
            <th className="tag-manager__delete">
              <span className="visually-hidden">{t(lang, 'deleteTag')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id} data-tag={tag.id}>
              <td>
                <input
                  dir="rtl"
                  aria-label={`${t(lang, 'labelAr')} (${tag.label[lang]})`}
                  value={tag.label.ar}
                  onChange={(e) => update(tag.id, { label: { ...tag.label, ar: e.target.value } })}
                />
              </td>
              <td>
                <input
                  dir="ltr"
                  aria-label={`${t(lang, 'labelEn')} (${tag.label[lang]})`}
                  value={tag.label.en}
                  onChange={(e) => update(tag.id, { label: { ...tag.label, en: e.target.value } })}
                />
              </td>
              <td>
                <input
                  type="color"
                  aria-label={`${t(lang, 'color')} (${tag.label[lang]})`}
                  value={tag.color}
                  onChange={(e) => update(tag.id, { color: e.target.value })}
                />
              </td>
              <td>
                <input
                  className="tag-manager__shortcut"
                  maxLength={1}
                  aria-label={`${t(lang, 'shortcut')} (${tag.label[lang]})`}
                  value={tag.shortcut ?? ''}
                  onChange={(e) => update(tag.id, { shortcut: e.target.value || undefined })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`${t(lang, 'deleteTag')} (${tag.label[lang]})`}
                  onClick={() => setTags(tags.filter((x) => x.id !== tag.id))}
                >
                  {t(lang, 'deleteTag')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => setTags([...tags, newTag(tags, lang)])}>
        {t(lang, 'addTag')}
      </button>
      {removed.map((old) => (
        <label key={old.id} className="tag-manager__reassign">
          «{old.label[lang]}» — {t(lang, 'onDelete')}{' '}
          <select
            value={reassign[old.id] ?? ''}
            onChange={(e) => setReassign({ ...reassign, [old.id]: e.target.value || null })}
          >
            <option value="">{t(lang, 'removeTagFromClaims')}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {t(lang, 'moveTo')} «{tag.label[lang]}»
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="tag-manager__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => props.onSave(tags, onlyRemoved(reassign, removed))}
        >
          {t(lang, 'save')}
        </button>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}

function newTag(tags: Tag[], lang: UiLanguage): Tag {
  let n = tags.length + 1;
  while (tags.some((tag) => tag.id === `tag-${n}`)) n++;
  const name = `${t(lang, 'newTag')} ${n}`;
  return { id: `tag-${n}`, label: { ar: name, en: name }, color: '#3b82c4' };
}

function onlyRemoved(reassign: Record<string, string | null>, removed: Tag[]): Record<string, string | null> {
  return Object.fromEntries(removed.map((tag) => [tag.id, reassign[tag.id] ?? null]));
}
