/** One problem in a rule pack, located so an editor can jump to it. */
export interface RuleLoadIssue {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly message: string;
}

/** "rules/vardegrund/jobbannons/alder.yaml:12:5: message", the form editors and terminals link. */
export function formatIssue(issue: RuleLoadIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}
