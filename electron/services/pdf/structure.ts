// The report as a tagged PDF (pdfkit's public structure API): Document → Sect per part (title page, text, claims
// table, orphans) → H1, P, Table/TR/TH/TD, each line's text its own marked content (so no marking is open across a
// page break); highlight and link annotations in Annot and Link elements; running headers, page numbers, rules
// and cell backgrounds marked as artifacts. Each part also gets a bookmark.

import type PDFDocument from 'pdfkit';
import type { StructElement } from 'pdfkit';

export type { StructElement } from 'pdfkit';

/** Where a block's lines go: the element and the tag of their marked content. */
export interface StructTarget {
  element: StructElement;
  tag: string;
}

export class ReportStructure {
  private readonly root: StructElement;

  constructor(private readonly doc: PDFDocument) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** A part of the report with its bookmark (pointing at the current page). */
  section(title: string): StructElement {
    this.doc.outline.addItem(title);
    const sect = this.doc.struct('Sect', { title });
    this.root.add(sect);
    return sect;
  }

  child(parent: StructElement, type: string, options: { lang?: string; title?: string } = {}): StructElement {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** Content that is the page's furniture, not the document's (PDF/UA 7.8). */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Runs `draw` as marked content of `target`. */
  marked(target: StructTarget | undefined, draw: () => void): void {
    if (!target) return draw();
    const content = this.doc.markStructureContent(target.tag);
    draw();
    this.doc.endMarkedContent();
    target.element.add(content);
  }

  end(): void {
    this.root.end();
  }
}
