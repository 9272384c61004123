// What the app holds for the open source and asks of it; types only, shared by the shell (App) and the views
// and hooks under it, so that none of them imports App.

import type { Annotation } from '../../../shared/annotations/model.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';

export interface OpenSource {
  meta: SourceMeta;
  text: string;
  /** The claims as loaded with the text (one round trip for both), or why they could not be read. */
  claims: { ok: true; annotations: Annotation[]; revision: string } | { ok: false; error: string };
  /** Changes on every load from the workspace; a text correction keeps it (the claim session goes on). */
  loadId: number;
}

/**
 * A span to show once its source is open: a search hit, an "also in" link; or a claim to choose and show (a row
 * of the claims view), by id, since its stored place may be an orphan's old one. The nonce repeats a reveal.
 */
export interface RevealRequest {
  sourceId: string;
  start: number;
  end: number;
  claimId?: string;
  nonce: number;
}
