import { Fragment, useMemo, type ReactNode } from 'react';
import type { Block } from '../../../../core/model/document.js';
import type { ChecklistItem } from '../../../../core/review/checklist-types.js';
import type { ImportedDocument } from '../../../../core/model/document.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatOrigin } from '../../i18n/format-origin.js';
import { marksOf, passageId, segmentBlock, type PassageMark } from './passage-marks.js';
import './document.css';

export interface DocumentViewProps {
  readonly document: ImportedDocument;
  readonly items: readonly ChecklistItem[];
  readonly selectedKey: string | undefined;
  /** A highlighted passage was activated: select its item. */
  readonly onSelectItem: (itemKey: string) => void;
  readonly itemTitle: (itemKey: string) => string;
}

/** Consecutive blocks shown together: a list's items, a table's cells, or one block. */
type Group = { readonly kind: 'single'; readonly block: Block } | { readonly kind: 'list'; readonly blocks: Block[] } | { readonly kind: 'table'; readonly table: number; readonly blocks: Block[] };

function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'list-item') {
      if (last?.kind === 'list') last.blocks.push(block);
      else groups.push({ kind: 'list', blocks: [block] });
    } else if (block.kind === 'table-cell' && block.origin.table) {
      if (last?.kind === 'table' && last.table === block.origin.table.table) last.blocks.push(block);
      else groups.push({ kind: 'table', table: block.origin.table.table, blocks: [block] });
    } else {
      groups.push({ kind: 'single', block });
    }
  }
  return groups;
}

/**
 * The document's text as blocks (headings, paragraphs, lists, tables) with every finding
 * highlighted where it stands. A highlight is a button: activating it selects the checklist
 * item. Blocks with findings carry their place ("sida 3, stycke 2") so the reader can find the
 * passage in the original file. Document headings are shown one level below this view's own
 * heading and never skip a level, so the page's outline stays in order.
 */
/** Per group: the heading level to render (headings only) and the page that starts there (PDFs). */
interface Layout {
  readonly group: Group;
  readonly headingLevel?: number;
  readonly newPage?: number;
}

/**
 * Document headings go one level below this view's own heading (h2), never skip a level (so
 * the page's outline stays in order), at most h6. A page marker goes where a PDF page begins.
 */
function layoutGroups(groups: readonly Group[]): Layout[] {
  let level = 2;
  let page: number | undefined;
  return groups.map((group) => {
    const first = group.kind === 'single' ? group.block : group.blocks[0];
    const startsPage = first?.origin.page !== undefined && first.origin.page !== page ? first.origin.page : undefined;
    if (startsPage !== undefined) page = startsPage;
    let headingLevel: number | undefined;
    if (group.kind === 'single' && group.block.kind === 'heading') {
      level = Math.min(2 + (group.block.level ?? 1), level + 1, 6);
      headingLevel = level;
    }
    return { group, ...(headingLevel !== undefined ? { headingLevel } : {}), ...(startsPage !== undefined ? { newPage: startsPage } : {}) };
  });
}

/**
 * The document's text as blocks (headings, paragraphs, lists, tables) with every finding
 * highlighted where it stands. A highlight is a button: activating it selects the checklist
 * item (again: the next item over the same words). Blocks with findings carry their place
 * ("sida 3, stycke 2") so the reader can find the passage in the original file.
 */
export function DocumentView({ document, items, selectedKey, onSelectItem, itemTitle }: DocumentViewProps) {
  const i18n = useI18n();
  const marks = useMemo(() => marksOf(items), [items]);
  const layout = useMemo(() => layoutGroups(groupBlocks(document.blocks)), [document.blocks]);

  const renderText = (block: Block): ReactNode =>
    segmentBlock(block.text, block.span.start, marks).map((segment) => {
      if (segment.marks.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
      const top = segment.marks[0] as PassageMark;
      const selected = segment.marks.some((m) => m.itemKey === selectedKey);
      // Occurrences that begin in this run: the checklist finds them here to scroll to.
      const starts = segment.marks.filter((m) => m.start === segment.start).map((m) => passageId(m.itemKey, m.occurrence));
      const activate = (): void => {
        const index = segment.marks.findIndex((m) => m.itemKey === selectedKey);
        const next = segment.marks[(index + 1) % segment.marks.length] ?? top;
        onSelectItem(next.itemKey);
      };
      const titles = segment.marks.map((m) => itemTitle(m.itemKey));
      return (
        <button
          key={segment.start}
          type="button"
          data-passages={starts.length > 0 ? starts.join(' ') : undefined}
          className={`passage severity-${top.severity}${selected ? ' passage-selected' : ''}${segment.marks.length > 1 ? ' passage-overlap' : ''}`}
          aria-pressed={selected}
          onClick={activate}
          title={titles.join(' · ')}
        >
          {segment.text}
          <span className="sr-only"> ({titles.join('; ')})</span>
        </button>
      );
    });

  const hasMarks = (block: Block): boolean => marks.some((m) => m.start < block.span.end && m.end > block.span.start);
  const originNote = (block: Block): ReactNode =>
    hasMarks(block) ? (
      <span className="block-origin">
        <span className="sr-only">{i18n.t('document.place')} </span>
        {formatOrigin(block.origin, i18n)}
      </span>
    ) : null;
  const pageMarker = (page: number | undefined): ReactNode =>
    page === undefined ? null : <p className="page-marker">{i18n.t('origin.page', { n: page })}</p>;

  return (
    <div className="document-text" lang="sv">
      {layout.map(({ group, headingLevel, newPage }) => {
        if (group.kind === 'list') {
          return (
            <Fragment key={group.blocks[0]?.id}>
              {pageMarker(newPage)}
              <ul>
                {group.blocks.map((block) => (
                  <li key={block.id}>
                    {originNote(block)}
                    {renderText(block)}
                  </li>
                ))}
              </ul>
            </Fragment>
          );
        }
        if (group.kind === 'table') {
          const rows = new Map<number, Block[]>();
          for (const block of group.blocks) {
            const row = block.origin.table?.row ?? 0;
            rows.set(row, [...(rows.get(row) ?? []), block]);
          }
          return (
            <Fragment key={group.blocks[0]?.id}>
              {pageMarker(newPage)}
              <table className="document-table">
                <tbody>
                  {[...rows].map(([row, cells]) => (
                    <tr key={row}>
                      {cells.map((block) => (
                        <td key={block.id}>
                          {originNote(block)}
                          {renderText(block)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Fragment>
          );
        }
        const { block } = group;
        const Tag = headingLevel !== undefined ? (`h${headingLevel}` as 'h3') : 'p';
        return (
          <Fragment key={block.id}>
            {pageMarker(newPage)}
            <Tag className={headingLevel !== undefined ? 'document-heading' : undefined}>
              {originNote(block)}
              {renderText(block)}
            </Tag>
          </Fragment>
        );
      })}
    </div>
  );
}
