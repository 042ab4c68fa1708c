import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VardekollenError } from '../../../core/errors/index.js';
import { loadRulePacks, type RuleSet } from '../../../core/rules/load/load-rule-packs.js';
import { defaultCacheDirectory } from '../../../core/util/default-cache-directory.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'vk-pack-cache-'));
}

/** A copy of the built-in pack that a test may change. */
function copyOfBuiltinPack(dir: string, name = 'vardegrund'): string {
  const pack = join(dir, name);
  cpSync(builtinRulesDirectory(), pack, { recursive: true });
  return pack;
}

function cacheFiles(cache: string): string[] {
  try {
    return readdirSync(cache).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}

/** Everything a check depends on, for comparing two loads. */
function essence(ruleSet: RuleSet): unknown {
  return { rules: ruleSet.rules, active: ruleSet.active, valueWords: ruleSet.valueWords, questions: ruleSet.questions, packs: ruleSet.packs, version: ruleSet.version, hash: ruleSet.hash };
}

describe('the rule pack cache', () => {
  it('gives exactly what loading the files gives, and is used on the next load', () => {
    const cache = join(workdir(), 'cache');
    const uncached = loadRulePacks({ directories: [builtinRulesDirectory()] });
    const first = loadRulePacks({ directories: [builtinRulesDirectory()], cacheDirectory: cache });
    expect(cacheFiles(cache)).toHaveLength(1);
    const second = loadRulePacks({ directories: [builtinRulesDirectory()], cacheDirectory: cache });
    expect(essence(first)).toEqual(essence(uncached));
    expect(essence(second)).toEqual(essence(uncached));
    expect(second.rules.length).toBeGreaterThanOrEqual(80);
    // Turning rules off works the same on a cached pack.
    const fewer = loadRulePacks({ directories: [builtinRulesDirectory()], cacheDirectory: cache, disabled: ['vardegrund/klarsprak/*'] });
    expect(fewer.active.some((r) => r.id.startsWith('vardegrund/klarsprak/'))).toBe(false);
    expect(fewer.hash).not.toBe(uncached.hash);
  });

  it('reads a changed rule file again instead of the cached one', () => {
    const dir = workdir();
    const cache = join(dir, 'cache');
    const pack = copyOfBuiltinPack(dir);
    const before = loadRulePacks({ directories: [pack], cacheDirectory: cache });
    const rule = before.rules.find((r) => r.severity === 'warning');
    expect(rule).toBeDefined();
    const file = rule!.source.file;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^severity: warning$/m, 'severity: error'));
    const after = loadRulePacks({ directories: [pack], cacheDirectory: cache });
    expect(after.rules.find((r) => r.id === rule!.id)?.severity).toBe('error');
    expect(after.hash).not.toBe(before.hash);
    expect(cacheFiles(cache)).toHaveLength(2);
  });

  it('never caches an invalid pack: its problems are reported with their lines every time', () => {
    const dir = workdir();
    const cache = join(dir, 'cache');
    const pack = copyOfBuiltinPack(dir);
    writeFileSync(join(pack, 'klarsprak', 'trasig.yaml'), 'kind: term\nprinciple: demokrati\nseverity: sometimes\n');
    for (let attempt = 0; attempt < 2; attempt++) {
      let thrown: unknown;
      try {
        loadRulePacks({ directories: [pack], cacheDirectory: cache });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(VardekollenError);
      expect((thrown as VardekollenError).code).toBe('RULES_INVALID');
      expect((thrown as VardekollenError).details.join('\n')).toMatch(/trasig\.yaml:3:\d+: \/severity must be one of error, warning, info/);
    }
    expect(cacheFiles(cache)).toEqual([]);
  });

  it('ignores a damaged cache file and writes it again', () => {
    const cache = join(workdir(), 'cache');
    const expected = essence(loadRulePacks({ directories: [builtinRulesDirectory()], cacheDirectory: cache }));
    const [name] = cacheFiles(cache);
    const key = name!.replace(/^pack-|\.json$/g, '');
    for (const damage of ['{"key": "tru', '{"key":"other","pack":{}}', 'null', JSON.stringify({ key, pack: { info: {}, rules: [{}], valueWords: [], questions: [] } })]) {
      writeFileSync(join(cache, name!), damage);
      expect(essence(loadRulePacks({ directories: [builtinRulesDirectory()], cacheDirectory: cache }))).toEqual(expected);
      expect(() => JSON.parse(readFileSync(join(cache, name!), 'utf8')) as unknown).not.toThrow();
    }
  });

  it('serves a moved pack from the same cache, with paths in its new folder', () => {
    const dir = workdir();
    const cache = join(dir, 'cache');
    loadRulePacks({ directories: [copyOfBuiltinPack(dir, 'first')], cacheDirectory: cache });
    const moved = copyOfBuiltinPack(dir, 'second');
    const loaded = loadRulePacks({ directories: [moved], cacheDirectory: cache });
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(loaded.packs[0]?.directory).toBe(moved);
    for (const rule of loaded.rules) expect(rule.source.file.startsWith(join(moved, ''))).toBe(true);
    expect(statSync(loaded.rules[0]!.source.file).isFile()).toBe(true);
  });

  it('keeps its files private to the user', () => {
    const cache = join(workdir(), 'cache');
    loadRulePacks({ directories: [builtinRulesDirectory()], cacheDirectory: cache });
    if (process.platform === 'win32') return;
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(join(cache, cacheFiles(cache)[0]!)).mode & 0o777).toBe(0o600);
  });
});

describe('defaultCacheDirectory', () => {
  it('follows VARDEKOLLEN_CACHE, which can also turn the cache off', () => {
    expect(defaultCacheDirectory({ VARDEKOLLEN_CACHE: '/srv/cache' }, 'linux', '/home/anna')).toBe('/srv/cache');
    expect(defaultCacheDirectory({ VARDEKOLLEN_CACHE: 'off' }, 'win32', 'C:\\Users\\anna')).toBeUndefined();
    expect(defaultCacheDirectory({ VARDEKOLLEN_CACHE: '' }, 'linux', '/home/anna')).toBe('/home/anna/.cache/vardekollen');
  });

  it('uses each platform’s cache folder', () => {
    expect(defaultCacheDirectory({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', '/home/anna')).toBe('/var/cache/anna/vardekollen');
    expect(defaultCacheDirectory({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/anna')).toBe('/home/anna/.cache/vardekollen');
    expect(defaultCacheDirectory({}, 'darwin', '/Users/anna')).toBe('/Users/anna/Library/Caches/Vardekollen');
    expect(defaultCacheDirectory({ LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' }, 'win32', 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Local\\Vardekollen\\Cache');
    expect(defaultCacheDirectory({}, 'win32', 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Local\\Vardekollen\\Cache');
  });
});
