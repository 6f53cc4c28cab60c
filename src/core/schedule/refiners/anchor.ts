/**
 * What follows a date decides how it is meant: 現在/時点 make an as-of stamp (not a milestone);
 * 以降/以後/から/より/~ anchor a start (open-ended); まで/までに/迄/以前/目途 make a deadline.
 */
import { codeSet, mayStartAt, type Refiner } from '../types';

const STAMP = /\s*(?:現在|時点)/y;
const FROM = /\s*(?:以降|以後|から|より(?![前早遅もはが])|~)/y;
const UNTIL = /\s*(?:までに|まで|迄|以前|を目途|を目処|目途|めど)/y;

/** First characters of the words above: any other (but white space) after a date anchors nothing. */
const FIRSTS = codeSet('現時以かよ~ま迄を目め');

function follows(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

export const anchorRefiner: Refiner = {
  name: 'anchor',
  refine(text, spans) {
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      if (!mayStartAt(text, span.end, FIRSTS)) continue;
      const stamp = follows(STAMP, text, span.end);
      if (stamp >= 0) {
        span.stamp = true;
        span.end = stamp;
        continue;
      }
      if (span.anchor !== 'point') continue;
      const from = follows(FROM, text, span.end);
      if (from >= 0) {
        span.anchor = 'from';
        span.end = from;
        continue;
      }
      const until = follows(UNTIL, text, span.end);
      if (until >= 0) {
        span.anchor = 'until';
        span.end = until;
      }
    }
    return spans;
  },
};
