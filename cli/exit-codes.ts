/** Exit codes, stable for scripts and CI. */
export const EXIT = {
  /** Everything went well (for `check`: no error-severity findings). */
  OK: 0,
  /** `check` found at least one error-severity finding; `verify` found a mismatch. */
  FINDINGS: 1,
  /** Wrong usage, or a file could not be imported. */
  FAILURE: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
