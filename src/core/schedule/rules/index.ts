/** The schedule rules, one module each. */
import type { Rule } from '../../rules/rule';
import { carriedOverRule } from './carriedOver';
import { impossibleDateRule } from './impossibleDate';
import { overdueMilestoneRule } from './overdueMilestone';
import { startUnconfirmedRule } from './startUnconfirmed';
import { undatedPlanRule } from './undatedPlan';

export const scheduleRuleList: readonly Rule[] = [
  overdueMilestoneRule,
  startUnconfirmedRule,
  carriedOverRule,
  undatedPlanRule,
  impossibleDateRule,
];
