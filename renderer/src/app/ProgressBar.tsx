import { useId } from 'react';

/**
 * A labelled progress bar: determinate when `total` is known (pages of a PDF), otherwise
 * indeterminate. The text beside it says the same for people who do not see the bar.
 */
export function ProgressBar({ label, done, total }: { readonly label: string; readonly done?: number; readonly total?: number }) {
  const id = useId();
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div className="progress">
      <p id={id} className="progress-label">
        {label}
      </p>
      {known ? <progress aria-labelledby={id} value={done} max={total} /> : <progress aria-labelledby={id} />}
    </div>
  );
}
