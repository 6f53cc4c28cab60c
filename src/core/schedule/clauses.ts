/**
 * Splits a cell's text into sentences (。, line breaks, ○/● … bullets, a ・ bullet at a line start or
 * after a space, a space after a closing parenthesis) and each sentence into clauses at a し、/して、 join ("…実施し、7年2月より…開始予定"
 * is two milestones; not とし、/として、). Works on the text as written, so each clause can be shown to the user unchanged.
 */

const SENTENCE_BREAK = /[。\n\r]+|[○●◯◎■□◆◇※▼▽►]+|(?:^|[ \t\u3000])[・･]+|(?<=[)）])[ \t\u3000]+/;
const CLAUSE_JOIN = /(?<=(?<!と)し|(?<!と)して)[、，,]/;
const EDGE = /^[\s\u3000、，,・･]+|[\s\u3000、，,]+$/g;

/** Sentences of the text, each as its clauses (trimmed, empty ones dropped). */
export function splitSentences(text: string): string[][] {
  const out: string[][] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const clauses: string[] = [];
    for (const clause of sentence.split(CLAUSE_JOIN)) {
      const c = clause.replace(EDGE, '');
      if (c) clauses.push(c);
    }
    if (clauses.length) out.push(clauses);
  }
  return out;
}
