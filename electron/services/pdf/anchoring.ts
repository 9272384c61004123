// Where each claim sits in the source text. THE ONE LINE TO SWITCH: the shared anchoring (position, then quote
// with context, then fuzzy) is used; `./anchor-fallback.ts` has the same signature (position, then first exact
// quote) for a checkout without shared/anchoring.
export { anchorAnnotation } from '../../../shared/anchoring/anchor.ts';
// export { anchorAnnotation } from './anchor-fallback.ts';
