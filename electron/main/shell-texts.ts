import type { Language } from '../../core/errors/localized-text.js';

/** The words of the native parts of the app (menus, dialogs), in Swedish and English. */
export interface ShellTexts {
  readonly file: string;
  readonly openDocument: string;
  readonly exportChecklist: string;
  readonly quit: string;
  readonly closeWindow: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly view: string;
  readonly reload: string;
  readonly toggleDevTools: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly toggleFullScreen: string;
  readonly window: string;
  readonly minimize: string;
  readonly help: string;
  readonly about: string;
  readonly aboutDetail: (version: string) => string;
  readonly services: string;
  readonly hide: string;
  readonly hideOthers: string;
  readonly showAll: string;
  readonly openDialogTitle: string;
  readonly saveDialogTitle: string;
  readonly cannotOpen: string;
  readonly filterDocuments: string;
  readonly filterPdf: string;
  readonly filterWord: string;
  readonly filterText: string;
  readonly filterMarkdown: string;
}

export const SHELL_TEXTS: Readonly<Record<Language, ShellTexts>> = {
  sv: {
    file: 'Arkiv',
    openDocument: 'Öppna dokument…',
    exportChecklist: 'Exportera…',
    quit: 'Avsluta',
    closeWindow: 'Stäng fönster',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    reload: 'Läs in igen',
    toggleDevTools: 'Utvecklarverktyg',
    resetZoom: 'Verklig storlek',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    toggleFullScreen: 'Helskärm',
    window: 'Fönster',
    minimize: 'Minimera',
    help: 'Hjälp',
    about: 'Om Värdekollen',
    aboutDetail: (version) =>
      `Version ${version}\n\nGranskar myndigheters policyer och platsannonser mot den statliga värdegrunden och tar fram checklistor som kan skrivas under.\n\nAllt sker på den här datorn; inget skickas över nätet.`,
    services: 'Tjänster',
    hide: 'Göm Värdekollen',
    hideOthers: 'Göm övriga',
    showAll: 'Visa alla',
    openDialogTitle: 'Öppna dokument',
    saveDialogTitle: 'Spara',
    cannotOpen: 'Dokumentet kunde inte öppnas',
    filterDocuments: 'Dokument (PDF, Word, text, Markdown)',
    filterPdf: 'PDF',
    filterWord: 'Word (.docx)',
    filterText: 'Text',
    filterMarkdown: 'Markdown',
  },
  en: {
    file: 'File',
    openDocument: 'Open Document…',
    exportChecklist: 'Export…',
    quit: 'Quit',
    closeWindow: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimise',
    help: 'Help',
    about: 'About Värdekollen',
    aboutDetail: (version) =>
      `Version ${version}\n\nChecks Swedish state agencies' policies and job ads against den statliga värdegrunden and produces review checklists that can be signed.\n\nEverything happens on this computer; nothing is sent over the network.`,
    services: 'Services',
    hide: 'Hide Värdekollen',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    openDialogTitle: 'Open Document',
    saveDialogTitle: 'Save',
    cannotOpen: 'The document could not be opened',
    filterDocuments: 'Documents (PDF, Word, text, Markdown)',
    filterPdf: 'PDF',
    filterWord: 'Word (.docx)',
    filterText: 'Text',
    filterMarkdown: 'Markdown',
  },
};
