import { resolve } from 'node:path';
import type { RuleSelection } from '../../core/rules/rule-selection.js';
import type { CommandInput, OptionSpec } from '../command.js';

/** Options of every command that runs rules. */
export const RULE_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  rules: {
    type: 'string',
    multiple: true,
    valueName: 'MAPP',
    help: { sv: 'Läs också regelpaketet i MAPP (kan upprepas), t.ex. myndighetens egna värdeord', en: 'Also load the rule pack in DIR (repeatable), e.g. the agency’s own value words' },
  },
  disable: {
    type: 'string',
    multiple: true,
    valueName: 'REGEL',
    help: { sv: 'Stäng av en regel, eller en mapp med "paket/mapp/*" (kan upprepas)', en: 'Turn a rule off, or a folder with "pack/folder/*" (repeatable)' },
  },
  enable: {
    type: 'string',
    multiple: true,
    valueName: 'REGEL',
    help: { sv: 'Slå på en regel som är avstängd som standard (kan upprepas)', en: 'Turn on a rule that is off by default (repeatable)' },
  },
};

export function ruleSelectionFromFlags(input: CommandInput, cwd: string): RuleSelection {
  const list = (name: string): string[] => {
    const value = input.values[name];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  const packs = list('rules').map((dir) => resolve(cwd, dir));
  const disabled = list('disable');
  const enabled = list('enable');
  return {
    ...(packs.length > 0 ? { packs } : {}),
    ...(disabled.length > 0 ? { disabled } : {}),
    ...(enabled.length > 0 ? { enabled } : {}),
  };
}
