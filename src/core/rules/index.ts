/** Every rule the pipeline runs, in the order their issues are drafted (the report sorts them by cell). */
import { scheduleRules } from '../schedule';
import { departmentNearMiss } from './department-near-miss';
import { duplicateValue } from './duplicate-value';
import { emptyTable } from './empty-table';
import { formulaError } from './formula-error';
import { ignoredColumns } from './ignored-columns';
import { missingLabel } from './missing-label';
import { missingTable } from './missing-table';
import { missingValue } from './missing-value';
import { notationVariant } from './notation-variant';
import { partExceedsWhole } from './part-exceeds-whole';
import type { Rule } from './rule';
import { sequenceError } from './sequence-error';
import { subsidyRateUnknown } from './subsidy-rate-unknown';
import { subsidyRunningCosts } from './subsidy-running-costs';
import { totalTooLarge } from './total-too-large';
import { typeError } from './type-error';
import { unreadableAmount } from './unreadable-amount';

export const CORE_RULES: readonly Rule[] = [
  missingTable,
  emptyTable,
  ignoredColumns,
  missingLabel,
  missingValue,
  typeError,
  duplicateValue,
  sequenceError,
  departmentNearMiss,
  unreadableAmount,
  partExceedsWhole,
  totalTooLarge,
  formulaError,
  notationVariant,
  subsidyRunningCosts,
  subsidyRateUnknown,
];

export const RULES: readonly Rule[] = [...CORE_RULES, ...scheduleRules];

export type { IssueDraft, ResolvedOptions, Rule, RuleContext } from './rule';
