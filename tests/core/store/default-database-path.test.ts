import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../core/store/default-database-path.js';

describe('defaultDatabasePath', () => {
  it('uses VARDEKOLLEN_DB on every platform when it is set', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultDatabasePath({ VARDEKOLLEN_DB: '/srv/granskning/delad.db', APPDATA: 'C:\\x', XDG_DATA_HOME: '/x' }, platform, '/home/anna')).toBe('/srv/granskning/delad.db');
    }
  });

  it('ignores an empty VARDEKOLLEN_DB', () => {
    expect(defaultDatabasePath({ VARDEKOLLEN_DB: '' }, 'linux', '/home/anna')).toBe('/home/anna/.local/share/vardekollen/vardekollen.db');
  });

  it('Linux: XDG_DATA_HOME, else ~/.local/share', () => {
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/data/anna' }, 'linux', '/home/anna')).toBe('/data/anna/vardekollen/vardekollen.db');
    expect(defaultDatabasePath({}, 'linux', '/home/anna')).toBe('/home/anna/.local/share/vardekollen/vardekollen.db');
    // The XDG specification says relative paths are invalid and must be ignored.
    expect(defaultDatabasePath({ XDG_DATA_HOME: 'relative/data' }, 'linux', '/home/anna')).toBe('/home/anna/.local/share/vardekollen/vardekollen.db');
    expect(defaultDatabasePath({}, 'freebsd', '/home/anna')).toBe('/home/anna/.local/share/vardekollen/vardekollen.db');
  });

  it('macOS: ~/Library/Application Support, whatever XDG says', () => {
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/data/anna' }, 'darwin', '/Users/anna')).toBe('/Users/anna/Library/Application Support/Vardekollen/vardekollen.db');
  });

  it('Windows: %APPDATA%, else the roaming folder in the profile, with backslashes', () => {
    expect(defaultDatabasePath({ APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, 'win32', 'C:\\Users\\anna')).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Vardekollen\\vardekollen.db',
    );
    expect(defaultDatabasePath({}, 'win32', 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Roaming\\Vardekollen\\vardekollen.db');
  });
});
