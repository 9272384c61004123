// The turned frames glyph boxes are measured in (a glyph drawn at a quarter turn has its baseline along y),
// apart from pdf.js so that code placing highlights from a stored page map does not load pdf.js.

/** User space → the frame of a glyph turned `turn` quarter turns counter-clockwise. */
export function toFrame(turn: number, x: number, y: number): [number, number] {
  if (turn === 1) return [y, -x];
  if (turn === 2) return [-x, -y];
  if (turn === 3) return [-y, x];
  return [x, y];
}

/** The frame of `turn` → user space (inverse of toFrame). */
export function fromFrame(turn: number, u: number, v: number): [number, number] {
  if (turn === 1) return [-v, u];
  if (turn === 2) return [-u, -v];
  if (turn === 3) return [v, -u];
  return [u, v];
}
