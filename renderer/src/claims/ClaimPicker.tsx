// Where claims overlap, one click cannot say which is meant: a small menu lists each claim under the
// pointer by tag and quote. Keyboard: arrows move, Enter picks, Escape closes and focus returns to the text.

import { useEffect, useRef } from 'react';
import { menuKeyDown, useMenuFocus } from '../app/menu-keys.ts';
import { readClaim } from '../../../shared/annotations/claim.ts';
import { quoteSelector, type Annotation } from '../../../shared/annotations/model.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { tagLabel } from '../tags/colors.ts';
import { joinList } from '../../../shared/text/list.ts';

export function ClaimPicker(props: {
  lang: UiLanguage;
  tags: Tag[];
  claims: Annotation[];
  at: { x: number; y: number };
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const { onClose } = props;
  useMenuFocus(menu);
  useEffect(() => {
    // Closed by a press anywhere else (not by blur: the click that opened it may move focus back to the text).
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [onClose]);
  return (
    <div
      className="claim-picker"
      role="menu"
      aria-label={t(props.lang, 'whichClaim')}
      style={{ left: props.at.x, top: props.at.y }}
      ref={menu}
      tabIndex={-1}
      onKeyDown={(e) => menuKeyDown(e, onClose)}
    >
      {props.claims.map((claim) => (
        <button
          key={claim.id}
          type="button"
          role="menuitem"
          className="claim-picker__item"
          onClick={() => props.onPick(claim.id)}
        >
          {joinList(
            readClaim(claim).tags.map((id) => tagLabel(props.tags, id, props.lang)),
            props.lang,
          )}
          : <bdi>{quoteSelector(claim)?.exact}</bdi>
        </button>
      ))}
    </div>
  );
}
