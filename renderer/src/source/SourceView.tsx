// One open source: toolbar, the Lexical reading view and the claims panel, wired to its claim session.
// Claim actions go through the ClaimStore (undoable) and autosave; text corrections go through the API,
// which re-anchors claims and answers with the new text and claims.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { readClaim, type ClaimFields } from '../../../shared/annotations/claim.ts';
import { snapClaimRange } from '../../../shared/annotations/claim-range.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import type { SourceMeta, Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import type { OpenSource, RevealRequest } from './open-source.ts';
import { createClaim, deleteClaims, editFields, reattachClaim, toggleTag } from '../claims/claim-actions.ts';
import type { ClaimAction } from '../claims/claim-store.ts';
import { useAnchoredClaims, useClaimSession } from '../claims/use-claim-session.ts';
import type { SyncNotice } from '../claims/claim-sync.ts';
import { registerFlusher, useCommand } from '../commands.ts';
import { ClaimPicker } from '../components/ClaimPicker.tsx';
import { ClaimsPanel } from '../components/ClaimsPanel.tsx';
import { Toolbar } from '../components/Toolbar.tsx';
import type { DecoratedRange } from '../editor/line-model.ts';
import { SourceEditor, type SourceEditorHandle } from '../editor/SourceEditor.tsx';
import { t } from '../i18n.ts';
import { markBackground, tagColor } from '../tags.ts';
import { SuspicionList } from '../components/SuspicionList.tsx';
import { SearchBar } from '../components/SearchBar.tsx';
import { useFind } from './use-find.ts';
import { useTextCorrection } from './use-text-correction.ts';
import { useHistory } from './use-history.ts';
import { useClaimKeys } from './use-claim-keys.ts';
import { acceptSuspicion, suspicionSpans, useSuspicions } from './use-suspicions.ts';
import { PassageList } from '../components/PassageList.tsx';
import { usePassages } from './use-passages.ts';
import { ClaimAlsoIn, SharedSentenceList } from '../components/AlsoInLinks.tsx';
import { alsoInFor, useAlsoIn, useSnippets } from './use-also-in.ts';
import { useStableList } from './stable-list.ts';

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

  const ranges = useMemo<DecoratedRange[]>(
    () =>
      claims.flatMap(({ annotation, anchor }) =>
        anchor ? [{ id: annotation.id, start: anchor.start, end: anchor.end, tags: readClaim(annotation).tags }] : [],
      ),
    [claims],
  );
  const claimedSpans = useMemo(() => new Set(ranges.map((r) => `${r.start}:${r.end}`)), [ranges]);
  const confirmedDate = meta.provenance?.publishedAt;
  const published = confirmedDate?.from === 'researcher' ? confirmedDate.value : undefined;
  const suspicions = useSuspicions(api, meta.id, text, claimedSpans, props.onError, published);
  const passages = usePassages({ api, sourceId: meta.id, text, lang, claims: ranges, onError: props.onError });
  // A year in page furniture (a post's date line) or in the pasted copy of an article is not worth a look:
  // suspicions in set-aside passages are left out with them, like search hits.
  const derivedSuspicions = useMemo(() => {
    if (!props.skipPassages) return suspicions.open;
    const aside = passages.entries.filter((p) => !p.kept);
    return suspicions.open.filter((s) => !aside.some((p) => p.start <= s.start && s.end <= p.end));
  }, [suspicions.open, passages.entries, props.skipPassages]);
  // The same suspicions after a claim action: their paint and list are not redone.
  const openSuspicions = useStableList(derivedSuspicions);
  const alsoIn = useAlsoIn(api, meta.id, text, props.sources, props.onError);
  // The other sources sharing a sentence with the selected claim (one link each), for its details.
  const selectedAnchor = claims.find((c) => c.annotation.id === selectedId)?.anchor;
  const [claimStart, claimEnd] = selectedAnchor && !editMode ? [selectedAnchor.start, selectedAnchor.end] : [0, 0];
  const claimTargets = useMemo(
    () =>
      alsoInFor(
        alsoIn.links,
        claimStart,
        claimEnd,
        props.sources.map((s) => s.id),
      ),
    [alsoIn.links, claimStart, claimEnd, props.sources],
  );
  const snippetOf = useSnippets(api, claimTargets, alsoIn.links);
  const tagsById = useMemo(() => new Map(ranges.map((r) => [r.id, r.tags])), [ranges]);
  const decorate = useCallback(
    (ids: string[]) => {
      const markTags = [...new Set(ids.flatMap((id) => tagsById.get(id) ?? []))];
      return { tags: markTags, background: markBackground(markTags.map((id) => tagColor(tags, id))) };
    },
    [tagsById, tags],
  );

  const commit = useCallback((action: ClaimAction) => session?.store.commit(action), [session]);
  const now = () => new Date().toISOString();
  const latest = (claim: Annotation) => session?.store.get(claim.id) ?? claim;
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
  const suspicionPaint = useMemo(() => suspicionSpans(openSuspicions), [openSuspicions]);
  const painted = useMemo(
    () => [suspicionPaint, search.state.painted, alsoIn.painted],
    [suspicionPaint, search.state.painted, alsoIn.painted],
  );

  const tagSelection = (tagId: string) => {
    if (!session || editMode) return;
    const live = editor.current ? editor.current.selectedSpan() : span;
    const snapped = live && snapClaimRange(text, live.start, live.end);
    if (snapped) {
      const action = createClaim({ sourceId: meta.id, text, ...snapped, tagId, now: now() });
      commit(action);
      setSelectedId(action.patches[0]!.after!.id);
      return;
    }
    const chosen = selectedId ? session.store.get(selectedId) : undefined;
    if (chosen) commit(toggleTag(chosen, tagId, now()));
  };

  const showUndone = (action: ClaimAction | null | undefined) => {
    const patch = action?.patches[0];
    const id = (patch?.after ?? patch?.before)?.id;
    if (id && session?.store.get(id)) {
      setSelectedId(id);
      requestAnimationFrame(() => editor.current?.reveal(id));
    }
  };
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
  useEffect(() => {
    if (!session) return;
    return registerFlusher({
      flush: async () => {
        if (editMode) await correction.finish();
        return session.saver.flush();
      },
      isDirty: () => editMode || session.saver.getState().status !== 'saved',
    });
  });
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
              targets={claimTargets}
              sources={props.sources}
              snippetOf={snippetOf}
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
          {openSuspicions.length > 0 && !editMode && (
            <SuspicionList
              lang={lang}
              suspicions={openSuspicions}
              onShow={(s) => editor.current?.revealSpan(s.start, s.end)}
              onAccept={(s) => {
                const action = acceptSuspicion({ sourceId: meta.id, text, suspicion: s, tags, lang, now: now() });
                commit(action);
                setSelectedId(action.patches[0]!.after!.id);
              }}
              onDismiss={suspicions.dismiss}
            />
          )}
          {passages.entries.length > 0 && !editMode && (
            <PassageList
              lang={lang}
              text={text}
              passages={passages.entries}
              skipPassages={props.skipPassages}
              onSkipPassagesChange={props.onSkipPassagesChange}
              onShow={(start, end) => editor.current?.revealSpan(start, end)}
              onCollapse={passages.collapse}
              onExpand={passages.expand}
              onCollapseAll={passages.collapseAll}
              onExpandAll={passages.expandAll}
              onKeep={passages.keep}
              onSetAside={passages.setAside}
            />
          )}
          {alsoIn.links.length > 0 && !editMode && (
            <SharedSentenceList
              lang={lang}
              text={text}
              links={alsoIn.links}
              sources={props.sources}
              onShow={(start, end) => editor.current?.revealSpan(start, end)}
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
