// One open source: toolbar, the Lexical reading view and the claims panel, wired to its claim session.
// Claim actions go through the ClaimStore (undoable) and autosave; text corrections go through the API,
// which re-anchors claims and answers with the new text and claims.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { ClaimFields } from '../../../shared/annotations/claim.ts';
import { snapClaimRange } from '../../../shared/annotations/claim-range.ts';
import type { SourceMeta, Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import type { OpenSource, RevealRequest } from './open-source.ts';
import { deleteClaims, editFields, reattachClaim, toggleTag } from '../claims/claim-actions.ts';
import { useAnchoredClaims, useClaimSession } from '../claims/use-claim-session.ts';
import type { SyncNotice } from '../claims/claim-sync.ts';
import { useCommand } from '../app/commands.ts';
import { ClaimPicker } from '../claims/ClaimPicker.tsx';
import { ClaimsPanel } from '../claims/ClaimsPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { SourceEditor, type SourceEditorHandle } from './editor/SourceEditor.tsx';
import { t } from '../i18n.ts';
import { SearchBar } from '../search/SearchBar.tsx';
import { useFind } from '../search/use-find.ts';
import { useTextCorrection } from './use-text-correction.ts';
import { useHistory } from './use-history.ts';
import { useClaimKeys } from './use-claim-keys.ts';
import { acceptSuspicion } from '../review/use-suspicions.ts';
import { now, useClaimCommands } from './use-claim-commands.ts';
import { useSourceFlusher } from './use-source-flusher.ts';
import { useClaimRanges } from './use-claim-ranges.ts';
import { useReviewAids } from '../review/use-review-aids.ts';
import { ReviewLists } from '../review/ReviewLists.tsx';
import { ClaimAlsoIn } from '../review/AlsoInLinks.tsx';

export interface SourceViewProps {
  api: WorkbenchApi;
  lang: UiLanguage;
  tags: Tag[];
  source: OpenSource;
  onSourceChanged: (source: OpenSource) => void;
  onError: (error: unknown) => void;
  onOpenLink: (url: string) => void;
  header: React.ReactNode;
  /** A span to select once the text is laid out (a search hit, an "also in" link). */
  reveal: RevealRequest | null;
  /** Opens a span of any source of the workspace. */
  onOpenAt: (sourceId: string, start: number, end: number) => void;
  /** The workspace's sources (titles for links to other sources). */
  sources: SourceMeta[];
  /** Repeated passages and boilerplate are left out of search and the PDF report (a setting). */
  skipPassages: boolean;
  onSkipPassagesChange: (skip: boolean) => void;
}

export function SourceView(props: SourceViewProps) {
  const { api, lang, tags, source } = props;
  const { meta, text } = source;
  const { session, snapshot, saveState, loadError, syncNotice } = useClaimSession(api, source);
  const claims = useAnchoredClaims(text, snapshot.annotations);
  const editor = useRef<SourceEditorHandle>(null);
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [picker, setPicker] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const correction = useTextCorrection({
    api,
    lang,
    source,
    session,
    editor,
    onSourceChanged: props.onSourceChanged,
    onNotice: setNotice,
    onError: props.onError,
  });
  const { editMode } = correction;

  const { ranges, decorate } = useClaimRanges(claims, tags);
  // The other sources sharing a sentence with the selected claim (one link each), for its details.
  const selectedAnchor = claims.find((c) => c.annotation.id === selectedId)?.anchor;
  const aids = useReviewAids({
    api,
    lang,
    meta,
    text,
    ranges,
    skipPassages: props.skipPassages,
    sources: props.sources,
    claimSpan: selectedAnchor && !editMode ? [selectedAnchor.start, selectedAnchor.end] : [0, 0],
    onError: props.onError,
  });
  const { passages, alsoIn } = aids;

  const { commit, latest, tagSelection, showUndone } = useClaimCommands({
    session,
    editor,
    sourceId: meta.id,
    text,
    editMode,
    selectedId,
    select: setSelectedId,
  });
  const find = useFind({
    api,
    meta,
    text,
    skipPassages: props.skipPassages,
    editMode,
    editor,
    anchored: () =>
      claims.flatMap(({ annotation, anchor }) =>
        anchor ? [{ annotation: latest(annotation), start: anchor.start, end: anchor.end }] : [],
      ),
    commit,
    onTagged: (count) => setNotice(`${t(lang, 'taggedHits')} ${count}`),
    unfoldAt: passages.unfoldAt,
    onError: props.onError,
  });
  const search = find.search;
  const painted = useMemo(
    () => [aids.suspicionPaint, search.state.painted, alsoIn.painted],
    [aids.suspicionPaint, search.state.painted, alsoIn.painted],
  );

  const { undo, redo } = useHistory({
    api,
    lang,
    source,
    session,
    onSourceChanged: props.onSourceChanged,
    onShow: showUndone,
    onError: props.onError,
  });

  const choose = useCallback((id: string, focusPanel = false) => {
    setSelectedId(id);
    setPicker(null);
    editor.current?.reveal(id);
    if (focusPanel) document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)?.focus();
  }, []);
  const chooseFromPanel = useCallback((id: string) => choose(id), [choose]);

  useClaimKeys({ tags, editMode, onTag: tagSelection, onUndo: undo, onRedo: redo });
  useCommand('undo', undo);
  useCommand('redo', redo);
  useCommand('edit-text', correction.start);
  useSourceFlusher(session, editMode, correction.finish);
  useEffect(() => setNotice(null), [meta.id]);
  useEffect(() => {
    const reveal = props.reveal;
    if (!reveal) return;
    // A claim from the claims view: chosen in the panel (its details open, focus on its row) and its marks shown.
    if (reveal.claimId) choose(reveal.claimId, true);
    else editor.current?.revealSpan(reveal.start, reveal.end);
  }, [props.reveal, choose]);

  return (
    <main className="reading" aria-label={t(lang, 'readingView')}>
      {props.header}
      {loadError && (
        <p className="message message--error" role="alert">
          {t(lang, 'claimsNotLoaded')} <bdi>{loadError}</bdi>
        </p>
      )}
      <div className="reading__columns">
        <div className="reading__main">
          <Toolbar
            lang={lang}
            tags={tags}
            canTag={!!session && (!!span || !!selectedId)}
            canUndo={snapshot.canUndo}
            canRedo={snapshot.canRedo}
            editMode={editMode}
            canEditText={!!session}
            saveState={saveState}
            onTag={tagSelection}
            onUndo={undo}
            onRedo={redo}
            onStartEdit={correction.start}
            onFinishEdit={() => void correction.finish()}
            onCancelEdit={correction.cancel}
          />
          {search.state.open && !editMode && (
            <SearchBar
              lang={lang}
              tags={tags}
              search={search.state}
              focusNonce={find.focusNonce}
              canTag={!!session}
              onQuery={search.setQuery}
              onVariants={search.setVariants}
              onStep={(by) => search.step(by)}
              onTagAll={find.tagAll}
              onIncludeSetAside={search.includeSetAside}
              onClose={find.close}
            />
          )}
          <SourceEditor
            sourceId={meta.id}
            text={text}
            direction={meta.direction}
            buildKey={`${meta.textRevision}:${correction.editNonce}:${tags.map((tag) => tag.color).join()}`}
            ranges={ranges}
            decorate={decorate}
            editMode={editMode}
            selectedId={selectedId}
            label={t(lang, 'readingView')}
            windowHint={t(lang, 'readingWindowHint')}
            onSelectionChange={setSpan}
            onMarkActivate={(ids, mark) => {
              if (ids.length === 1) return choose(ids[0]!, true);
              const box = mark.getBoundingClientRect();
              setPicker({ ids, at: { x: box.left, y: box.bottom + 4 } });
            }}
            handle={editor}
            painted={painted}
            passages={passages.shown}
            onPassageExpand={passages.expand}
          />
        </div>
        <ClaimsPanel
          claimAlsoIn={
            <ClaimAlsoIn
              lang={lang}
              targets={aids.claimTargets}
              sources={props.sources}
              snippetOf={aids.snippetOf}
              onOpenAt={props.onOpenAt}
            />
          }
          lang={lang}
          tags={tags}
          claims={claims}
          filter={filter}
          selectedId={selectedId}
          canReattach={!!span && !editMode}
          notice={syncNotice ? syncMessage(lang, syncNotice) : notice}
          onFilter={setFilter}
          onChoose={chooseFromPanel}
          onToggleTag={(claim, tagId) => commit(toggleTag(latest(claim), tagId, now()))}
          onEdit={(claim, fields: Partial<ClaimFields>) => commit(editFields(latest(claim), fields, now()))}
          onDelete={(claim) => commit(deleteClaims([latest(claim)]))}
          onApplyCorrection={correction.applyCorrection}
          onOpenLink={props.onOpenLink}
          onReattach={(claim) => {
            const snapped = span && snapClaimRange(text, span.start, span.end);
            if (snapped) commit(reattachClaim(latest(claim), text, snapped.start, snapped.end, now()));
          }}
        >
          {!editMode && (
            <ReviewLists
              lang={lang}
              text={text}
              aids={aids}
              sources={props.sources}
              skipPassages={props.skipPassages}
              onSkipPassagesChange={props.onSkipPassagesChange}
              onShow={(start, end) => editor.current?.revealSpan(start, end)}
              onAccept={(s) => {
                const action = acceptSuspicion({ sourceId: meta.id, text, suspicion: s, tags, lang, now: now() });
                commit(action);
                setSelectedId(action.patches[0]!.after!.id);
              }}
              onOpenAt={props.onOpenAt}
            />
          )}
        </ClaimsPanel>
      </div>
      {picker && (
        <ClaimPicker
          lang={lang}
          tags={tags}
          claims={picker.ids.flatMap((id) => session?.store.get(id) ?? [])}
          at={picker.at}
          onPick={(id) => choose(id, true)}
          onClose={() => setPicker(null)}
        />
      )}
    </main>
  );
}

function syncMessage(lang: UiLanguage, notice: SyncNotice): string {
  return notice.kind === 'merged' ? t(lang, 'claimsMergedElsewhere') : `${t(lang, 'claimsKeptBoth')} ${notice.count}`;
}
