import { describe, expect, it } from 'vitest';

describe('core/store public exports', () => {
  it('are exactly the store, its default location and its schema version', async () => {
    const exported = Object.keys(await import('../../../core/store/index.js')).sort();
    expect(exported).toEqual(['DATABASE_PATH_VARIABLE', 'SCHEMA_VERSION', 'defaultDatabasePath', 'openReviewStore']);
  });
});
