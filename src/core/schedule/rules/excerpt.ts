/** A clause shortened for a message. */
export function excerpt(text: string, max = 40): string {
  // No more UTF-16 code units than `max`: no more characters either, nothing to cut.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
