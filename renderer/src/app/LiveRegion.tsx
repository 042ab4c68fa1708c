/**
 * The polite status region every screen announces through (progress, saved decisions, results).
 * It stays in the page from the start: screen readers only announce changes to a live region
 * that already existed.
 */
export function LiveRegion({ message }: { readonly message: string }) {
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
