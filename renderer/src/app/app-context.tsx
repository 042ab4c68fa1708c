import { createContext, useContext } from 'react';
import type { Settings } from '../../../core/service/settings.js';
import type { Api, Host, PickedFile } from '../api/api-types.js';

/** The parts of a review, one tab each. */
export type ReviewTab = 'review' | 'overview' | 'versions' | 'signoff' | 'export' | 'history';

/** Where the user is. Kept in memory: the URL fragment holds the server's token, not routes. */
export type View =
  | { readonly name: 'start' }
  | { readonly name: 'import'; readonly seriesName?: string; readonly file?: PickedFile }
  | { readonly name: 'review'; readonly reviewId: string; readonly tab?: ReviewTab }
  | { readonly name: 'rules' }
  | { readonly name: 'settings' };

/** What every screen can reach: the service, the shell, the settings and the app's navigation. */
export interface AppContextValue {
  readonly api: Api;
  readonly host: Host;
  readonly settings: Settings;
  /** Changes settings through the service and takes the stored result. */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Goes to a view; its heading gets focus unless `focusHeading` is false (switching a review's tab). */
  navigate(view: View, options?: { readonly focusHeading?: boolean }): void;
  /** Says something to screen reader users through the polite live region. */
  announce(message: string): void;
  /** Opens the verify dialog (from the header or the sign-off tab). */
  openVerify(): void;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <App>');
  return value;
}
