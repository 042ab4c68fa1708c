import type { CliIo } from '../cli-io.js';

/** Terminal colours, only when writing to a terminal and NO_COLOR is not set (no-color.org). */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
}

export function styleFor(io: CliIo): Style {
  const enabled = Boolean(io.stdout.isTTY) && io.env['NO_COLOR'] === undefined;
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39) };
}
