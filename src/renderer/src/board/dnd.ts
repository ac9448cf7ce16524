import { pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { centerOf, nextTarget, type Direction } from './keyboard';
import { columnDropId, parseCardId, parseDropId, poolId } from './model';

// dnd-kit wiring shared by the mentor and group boards: where a pointer or keyboard drag lands.

const arrowDirections: Record<string, Direction> = { ArrowRight: 'right', ArrowLeft: 'left', ArrowDown: 'down', ArrowUp: 'up' };

// Pointer first (precise under the cursor), rectangles as the fallback for keyboard drags.
export const collisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** Arrow keys jump from one drop target (the pool, then each visible column) to the next. */
export function jumpBetweenColumns(last: { current: string | null }): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const direction = arrowDirections[event.code];
    if (!direction || !context.collisionRect) return undefined;
    event.preventDefault();
    const targets = [...context.droppableContainers.getEnabled()]
      .filter((c) => parseDropId(String(c.id)) !== null)
      .flatMap((c) => {
        // Right after pick-up dnd-kit may not have measured the targets yet; measure them here then.
        const rect = context.droppableRects.get(c.id) ?? c.node.current?.getBoundingClientRect();
        return rect ? [{ id: String(c.id), left: rect.left, top: rect.top, width: rect.width, height: rect.height }] : [];
      });
    // Where the card is now, from its own rectangle: `over` lags a frame behind quick key presses.
    const { left, top, width, height } = context.collisionRect;
    const x = left + width / 2;
    const y = top + Math.min(height / 2, 40);
    const under = targets.find((t) => x >= t.left && x <= t.left + t.width && y >= t.top && y <= t.top + t.height);
    const overId = context.over ? String(context.over.id) : null;
    // Quick key presses outrun dnd-kit's own tracking; the target chosen last is the truth.
    const current = last.current ?? under?.id ?? (overId && parseDropId(overId) ? overId : (() => {
      const card = overId ? parseCardId(overId) : null;
      return card ? (card.key ? columnDropId(card.key) : poolId) : null;
    })());
    const target = nextTarget(targets, current, direction);
    if (!target) return undefined;
    last.current = target.id;
    return centerOf(target, context.collisionRect);
  };
}
