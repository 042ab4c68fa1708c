import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/i18n.js';

/** The formats the importer reads (it recognises them from the bytes; the list only helps the dialog). */
const ACCEPT = '.pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

/**
 * Where a document comes in: dropped on the area, or chosen with the file input (which opens
 * the system's file dialog in the browser and in the desktop app alike). The input itself is
 * visually hidden but keeps its keyboard focus; its label is what people see.
 */
export function FilePicker({ onFile, disabled }: { readonly onFile: (file: File) => void; readonly disabled?: boolean }) {
  const i18n = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-title">{i18n.t('import.dropTitle')}</p>
      <p id={`${id}-formats`} className="hint">
        {i18n.t('import.formats')}
      </p>
      <div className="file-picker">
        <input
          id={id}
          className="file-input"
          type="file"
          accept={ACCEPT}
          disabled={disabled}
          aria-describedby={`${id}-formats`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so choosing the same file again after an error fires a change.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <label htmlFor={id} className="button button-primary">
          {i18n.t('import.choose')}
        </label>
      </div>
    </div>
  );
}
