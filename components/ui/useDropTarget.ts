import { useState, type DragEvent } from 'react';

/**
 * A drop area's state and handlers: `dragging` while something is held over it (for its look), and
 * `onDrop` called with the drop's data once the browser's own handling (opening the file) is stopped.
 */
export function useDropTarget(onDrop: (data: DataTransfer | null) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver(e: DragEvent<HTMLElement>) {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave() {
      setDragging(false);
    },
    onDrop(e: DragEvent<HTMLElement>) {
      e.preventDefault();
      setDragging(false);
      onDrop(e.dataTransfer);
    },
  };
  return { dragging, handlers };
}
