/** A half or quarter of the document's fiscal year, standing alone: 後期は…, 上半期中に, 第3四半期. */
import { makeSpan, MARK, type Parser } from '../types';
import { setFiscalPeriod } from './fiscalPeriod';

export const fiscalHalfParser: Parser = {
  name: 'fiscal-half',
  // Not 後期高齢者, 前期比; not after a year (those belong to the fiscal-year parser).
  mayMatch: (marks) => (marks & MARK.term) !== 0,
  pattern: /(?<![A-Za-z\d年度])(上半期|下半期|前期|後期|第([1-4])四半期)(?!高齢|比)/g,
  extract(match, options) {
    const quarter = match[2];
    const span = makeSpan(this.name, match, 'fiscal', false);
    setFiscalPeriod(span, options.fiscalYear, quarter ? undefined : match[1], quarter);
    return span;
  },
};
