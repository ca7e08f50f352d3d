import { ENDS_QUESTION, ENDS_SENTENCE, isBlank } from '../reading/vocabulary';

// How an FOI request goes on asking without a "?": "Please provide …", "Could you also …", "Broken down by year."
// "Please see the attached …", "Please note …" are how its answer opens.
const GOES_ON_ASKING =
  /^\s*(?:please(?! (?:see|find|note|refer|be aware)\b)|could|can|would|will|i would|i'd|we would|also|and|or|including|broken down|for each|by year|in each)\b/i;

/**
 * Where a request asked without a "?" ends: "Please provide the names of …." on its line, the
 * answer on the next ("We hold this information, but …"). At the first line that ends a sentence,
 * unless the next line goes on asking; the whole paragraph when no line ends one.
 */
function requestEnd(textAt: (index: number) => string, from: number, stop: number): number {
  for (let line = from; line < stop - 1; line++)
    if (ENDS_SENTENCE.test(textAt(line).trim()) && !GOES_ON_ASKING.test(textAt(line + 1)) && /^\s*[A-Z0-9£$€“"‘'(]/.test(textAt(line + 1)))
      return line + 1;
  return stop;
}

/**
 * Where the question's paragraph from `from` ends: at a blank line, or straight after its leading
 * lines that end in "?" when the answer follows on the next line, starting a new sentence.
 */
export function questionEnd(textAt: (index: number) => string, from: number, end: number): number {
  let stop = from;
  while (stop < end && !isBlank(textAt(stop))) stop += 1;
  // A question wrapped with a blank line in mid-sentence ("… upheld in part in" / "" / "each of those years?") goes on.
  for (let next = stop; stop > from && !ENDS_SENTENCE.test(textAt(stop - 1).trim()); stop = next) {
    while (next < end && isBlank(textAt(next))) next += 1;
    // …also into a capital when the line there closes the question ("… before the" / "" / "First-tier Tribunal hearing?").
    if (next >= end || !(/^\s*\p{Ll}/u.test(textAt(next)) || ENDS_QUESTION.test(textAt(next).trim()))) break;
    while (next < end && !isBlank(textAt(next))) next += 1;
  }
  let cut = from;
  while (cut < stop && !ENDS_QUESTION.test(textAt(cut).trim())) cut += 1;
  if (cut === stop) return requestEnd(textAt, from, stop);
  cut += 1;
  while (cut < stop && ENDS_QUESTION.test(textAt(cut).trim())) cut += 1;
  // The answer starts a new sentence, or with a figure: "1,218.", "£27.9 million".
  return cut < stop && /^\s*[A-Z0-9£$€“"‘'(]/.test(textAt(cut)) ? cut : stop;
}
