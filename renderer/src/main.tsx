import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/create-api.js';
import { toServiceError } from './api/service-error.js';
import { App } from './app/App.js';

/**
 * Starts the interface over whichever transport is present. Without one (the page opened
 * without its token), a short bilingual explanation is shown instead of an empty page.
 */
const root = document.getElementById('root');
if (root) {
  try {
    const connection = createApi(window);
    createRoot(root).render(
      <StrictMode>
        <App connection={connection} />
      </StrictMode>,
    );
  } catch (error) {
    const problem = toServiceError(error);
    const main = document.createElement('main');
    for (const text of [problem.messages.sv, problem.messages.en]) {
      const p = document.createElement('p');
      p.textContent = text;
      main.append(p);
    }
    root.replaceChildren(main);
  }
}
