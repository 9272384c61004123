// The review aids' lists under the claims: suspicions, set-aside passages and sentences shared with other
// sources. Hidden while the text is being corrected, when their offsets no longer match what is shown.

import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { SharedSentenceList } from './AlsoInLinks.tsx';
import { PassageList } from './PassageList.tsx';
import { SuspicionList } from './SuspicionList.tsx';
import type { useReviewAids } from './use-review-aids.ts';
import type { Suspicion } from '../../../shared/review/suspicions.ts';

export function ReviewLists(props: {
  lang: UiLanguage;
  text: string;
  aids: ReturnType<typeof useReviewAids>;
  sources: SourceMeta[];
  skipPassages: boolean;
  onSkipPassagesChange: (skip: boolean) => void;
  /** Shows and selects a span of the text. */
  onShow: (start: number, end: number) => void;
  onAccept: (suspicion: Suspicion) => void;
  onOpenAt: (sourceId: string, start: number, end: number) => void;
}) {
  const { lang, text, aids } = props;
  const { passages } = aids;
  return (
    <>
      {aids.openSuspicions.length > 0 && (
        <SuspicionList
          lang={lang}
          suspicions={aids.openSuspicions}
          onShow={(s) => props.onShow(s.start, s.end)}
          onAccept={props.onAccept}
          onDismiss={aids.suspicions.dismiss}
        />
      )}
      {passages.entries.length > 0 && (
        <PassageList
          lang={lang}
          text={text}
          passages={passages.entries}
          skipPassages={props.skipPassages}
          onSkipPassagesChange={props.onSkipPassagesChange}
          onShow={props.onShow}
          onCollapse={passages.collapse}
          onExpand={passages.expand}
          onCollapseAll={passages.collapseAll}
          onExpandAll={passages.expandAll}
          onKeep={passages.keep}
          onSetAside={passages.setAside}
        />
      )}
      {aids.alsoIn.links.length > 0 && (
        <SharedSentenceList
          lang={lang}
          text={text}
          links={aids.alsoIn.links}
          sources={props.sources}
          onShow={props.onShow}
          onOpenAt={props.onOpenAt}
        />
      )}
    </>
  );
}
