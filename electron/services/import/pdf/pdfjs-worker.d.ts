// pdf.js ships no types for its worker module; the import only hands the module to pdf.js (pdf-document.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
