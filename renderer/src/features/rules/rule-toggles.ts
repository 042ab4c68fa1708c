import type { Settings } from '../../../../core/service/settings.js';

type Toggles = Pick<Settings, 'disabledRules' | 'enabledRules'>;

/** The settings entry that turns a whole pack off. */
export function packPattern(pack: string): string {
  return `${pack}/*`;
}

/**
 * The settings after turning one rule on or off. Only differences from how the rule ships are
 * stored: a rule that ships on is listed in `disabledRules` when turned off, a rule that ships
 * off is listed in `enabledRules` when turned on (core/rules/load: disabled wins over enabled).
 */
export function toggleRule(settings: Toggles, rule: { readonly id: string; readonly enabled: boolean }, on: boolean): Toggles {
  const disabledRules = settings.disabledRules.filter((id) => id !== rule.id);
  const enabledRules = settings.enabledRules.filter((id) => id !== rule.id);
  if (on && !rule.enabled) enabledRules.push(rule.id);
  if (!on && rule.enabled) disabledRules.push(rule.id);
  return { disabledRules, enabledRules };
}

/** The settings after turning a whole pack on or off ("pack/*" in `disabledRules`). */
export function togglePack(settings: Toggles, pack: string, on: boolean): Toggles {
  const pattern = packPattern(pack);
  const disabledRules = settings.disabledRules.filter((id) => id !== pattern);
  if (!on) disabledRules.push(pattern);
  return { disabledRules, enabledRules: [...settings.enabledRules] };
}
