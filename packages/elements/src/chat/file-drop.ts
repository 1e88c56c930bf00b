import type { ReactiveControllerHost } from 'lit';
import { filesOf } from './attachments.js';

/**
 * Files dragged over the chat or pasted into its input: shows the drop hint while dragging and
 * hands every file to `send`. Plain text pastes and drags go on as usual.
 */
export class FileDrop {
  dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly send: (file: File, operation: 'paste' | 'drop') => void,
  ) {}

  onPaste(event: ClipboardEvent): void {
    const files = filesOf(event.clipboardData);
    if (files.length === 0) return;
    event.preventDefault();
    for (const file of files) this.send(file, 'paste');
  }

  onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.setDragging(true);
  }

  onDragLeave(event: DragEvent): void {
    // Moving between children of the chat fires dragleave too: only leaving the chat counts.
    if (event.relatedTarget && this.host.renderRoot.contains(event.relatedTarget as Node)) return;
    this.setDragging(false);
  }

  onDrop(event: DragEvent): void {
    const files = filesOf(event.dataTransfer);
    this.setDragging(false);
    if (files.length === 0) return;
    event.preventDefault();
    for (const file of files) this.send(file, 'drop');
  }

  private setDragging(dragging: boolean): void {
    if (dragging === this.dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }
}
