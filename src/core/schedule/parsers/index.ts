/** The parsers, one module per pattern. Order does not matter: overlaps are settled by the refiners. */
import type { Parser } from '../types';
import { dayParser } from './day';
import { dottedParser } from './dotted';
import { eraDateParser } from './eraDate';
import { fiscalHalfParser } from './fiscalHalf';
import { fiscalYearParser } from './fiscalYear';
import { isoDateParser } from './isoDate';
import { monthParser } from './month';
import { monthDayParser } from './monthDay';
import { relativeFiscalYearParser } from './relativeFiscalYear';
import { slashParser } from './slash';
import { yearOnlyParser } from './yearOnly';

export const parsers: readonly Parser[] = [
  eraDateParser,
  monthDayParser,
  monthParser,
  dayParser,
  yearOnlyParser,
  dottedParser,
  slashParser,
  isoDateParser,
  fiscalYearParser,
  relativeFiscalYearParser,
  fiscalHalfParser,
];
