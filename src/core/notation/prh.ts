/**
 * Notation dictionary in prh's YAML format (rules: expected / pattern(s) / specs).
 * (Interface only here; implementation to follow.)
 */
export interface NotationRule {
  /** The correct notation. */
  readonly expected: string;
  /** Patterns that are variants of it (plain text, or /regex/ as in prh). */
  readonly patterns: readonly RegExp[];
  /** Optional prh specs: {from, to} examples the rule must turn from into to. */
  readonly specs: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** Optional prh prh: note shown to the user. */
  readonly note: string | null;
}
