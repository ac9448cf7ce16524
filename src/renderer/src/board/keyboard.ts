// Keyboard dragging between columns: each arrow press jumps the dragged card to the next drop target
// in that direction (columns left/right, the pool first), instead of nudging it a few pixels.

export interface TargetRect {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The pool always comes first: it sits left of the scrolling columns, whatever their scroll offset. */
export function nextTarget(targets: readonly TargetRect[], currentId: string | null, direction: Direction, firstId = 'pool'): TargetRect | null {
  const position = (t: TargetRect) => (t.id === firstId ? -Infinity : t.left);
  const ordered = [...targets].sort((a, b) => position(a) - position(b) || a.top - b.top);
  if (ordered.length === 0) return null;
  const at = currentId === null ? -1 : ordered.findIndex((t) => t.id === currentId);
  if (direction === 'right' || direction === 'down') return ordered[Math.min(at + 1, ordered.length - 1)] ?? null;
  if (at <= 0) return ordered[0];
  return ordered[at - 1];
}

export function centerOf(rect: TargetRect, dragged: { width: number; height: number }): { x: number; y: number } {
  return { x: rect.left + rect.width / 2 - dragged.width / 2, y: rect.top + Math.min(rect.height / 2, 80) - dragged.height / 2 };
}
