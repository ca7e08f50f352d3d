/**
 * The reading vocabulary every layout shares: how council documents write a bullet, end a
 * question or a sentence, open a question, set a line in bold, end a line. One home, so that a
 * glyph learnt from one document is known to every layout, to detection and to the verdict.
 */
import { tokenize } from '../../language/tokenize';

/** A bullet glyph that is not a word: dash, star and the glyphs PDF and Word extraction leave. */
export const GLYPH_BULLET = /^[ \t]*[-*•·▪◦●■►➢✓](?:[ \t]+|$)/;

/** Any bullet, Word's sub-bullet "o" included: for telling list lines apart, never for dropping text. */
export const BULLET = /^[ \t]*(?:[-*•·▪◦●■►➢✓]|o(?=[ \t]))[ \t]+/;

/** The round bullets minutes set their points with; a dash there is punctuation ("- as above"). */
export const DOT_BULLET = /^\s*[·•▪]\s*/;

/** A line ending in "?", perhaps inside quotes, brackets or bold: `…wait?"`, `…wait?**`. */
export const ENDS_QUESTION = /\?["”’')\]*_]*$/;

/** A line that finishes a sentence: stop, question or exclamation mark, colon or semicolon, then closers. */
export const ENDS_SENTENCE = /[.!?:;]["”’')\]*_]*$/;

/** The words English questions open with ("How …", "Can …", "Is there …"). */
export const OPENS_QUESTION =
  /^\W*(?:how|what|why|when|where|who|whom|which|can|could|will|would|is|are|do|does|did|should|shall|may|might|if|has|have|am)\b/i;

/**
 * A page prompting its own advice with a question nobody asked it: "Not sure whether your child is
 * eligible?", "Looking for something to do?", "Still have a question?". Not a family's question.
 */
export const PROMPTS_ADVICE =
  /^\W*(?:not sure|unsure|need (?:help|advice|more|to talk)|looking for|still (?:have|got|not sure|unsure)|can'?t find|cannot find|didn'?t find|got a question|have a question|wondering|want to (?:know|find out|talk) more)\b[^?]*\?["”’')\]*_]*$/i;

// What a page says of itself, before its first question: "This page answers …", "Welcome to our FAQs …", "The team has answered …".
const PAGE_WORDS =
  /\b(?:this (?:page|document|guide|leaflet|section|website|site)|below|the following|frequently asked|faqs?|welcome|questions|answers|information|guidance|explains|sets out|brings together|find out|here (?:are|you will find|you can find)|read on|(?:has|have) (?:put together|answered|collected|gathered)|(?:are|is) (?:often|most often|frequently|regularly) asked)\b/i;
// The asker's own voice: the context of a two-sentence question ("My son is 17. Can he …?").
const ASKERS_VOICE = /\b(?:I|I'm|I've|me|my|mine)\b/;
const LEADING_SENTENCE = /^[^.?!]*[.!:]\s+(?=[A-Z])/;

/**
 * The sentences run into the first question that speak about the page rather than ask
 * ("Welcome to our FAQs about short breaks. Who can …?" gives "Welcome to our FAQs about short
 * breaks."): all of them, when one speaks of the page and none in the asker's voice; else undefined.
 */
export function pageIntroduction(text: string): string | undefined {
  const leads: string[] = [];
  let rest = text;
  for (let lead = LEADING_SENTENCE.exec(rest); lead; lead = LEADING_SENTENCE.exec(rest)) {
    leads.push(lead[0]);
    rest = rest.slice(lead[0].length);
  }
  const introduces = leads.some((lead) => PAGE_WORDS.test(lead)) && !leads.some((lead) => ASKERS_VOICE.test(lead));
  return introduces && /^[A-Z][^.?!]*\?/.test(rest) ? leads.join('').trim() : undefined;
}

/**
 * A question followed, on its line, by a sentence in the asker's voice: "Can parents attend? We
 * would like to invite our parent representative." The sentence is the question's context; a
 * sentence in the council's voice ("You can ask for a review.") would be its answer.
 */
export function asksThenGivesContext(text: string): boolean {
  // Set in bold as a whole ("**Can the review be brought forward? We think …**"), it is the same question.
  const tail = /^[^?]+\?["”’')\]]*\s+([A-Z][^?]*[.!]["”’')\]]*)$/.exec(stripBold(text))?.[1];
  return (
    tail !== undefined &&
    OPENS_QUESTION.test(text) &&
    tail.split(/\s+/).length <= 25 &&
    /\b(?:I|I'm|I've|me|my|we|we're|we've|our|us)\b/i.test(tail) &&
    !/\b(?:you|your)\b/i.test(tail)
  );
}

/** A line that stops on a small word is a sentence wrapped onto the next line, not a heading. */
export const ENDS_SMALL_WORD = /\b(?:the|a|an|of|to|and|or|for|in|on|with|at|my|our|their|his|her|is|are|be|by|from|that|this|about|as)$/i;

export function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim() === '';
}

/** A line's text without the bold a Word export put round all of it: `**Short breaks**`. */
export function stripBold(text: string): string {
  return text.trim().replace(/^\*\*(.*)\*\*$/, '$1');
}

/** Windows and old Mac line endings as "\n", so that line numbers mean the same everywhere. */
export function unixLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A short line that does not end a sentence: how section headings look in these documents. */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 200 && !/[.?!]$/.test(trimmed);
}

/**
 * A line that closes a document rather than answers a question: a sign-off, the meeting moving on,
 * the next agenda item, a footnote, a page's "last reviewed", an FOI reply's review rights, re-use
 * notice and reference, a page's related links; a note that the last answer is still awaited ("We
 * are still waiting for a reply … and will add it here"), which answers nothing; in minutes
 * perhaps after the minute's own sub-number ("5.5 RESOLVED: …"), never after a question's number
 * alone ("7. Signed copies …?" asks) unless the Chair ends the item in one sentence ("9. The Chair
 * thanked the questioners.").
 */
const CLOSING_WORDS =
  /^\W{0,3}(?:\d{1,3}\.\d{1,3}\.?\s+|\d{1,3}\.\s+(?=(?:the )?(?:chair(?:man)?|mayor|convenor)\b[^.?]*\.$))?(?:(?:the )?(?:chair(?:man)?|mayor|convenor|cabinet member)\b[^.]{0,60}\b(?:thanked|reminded|closed)\b|thank you (?:to (?:every(?:one|body)?|all)\b|again|all (?:for|who))|thank you for (?:attending|coming|joining|taking part)|many thanks|the meeting (?:closed|ended|was closed|moved)|[^.]{0,60}\bmoved (?:on )?to the next\b|there being no (?:further|other)|the time for (?:public )?questions|(?:date of |we(?:'ll| will)? hold |our )?(?:the )?next (?:[\w-]+ ){0,2}(?:meeting|webinar|session|forum|event|coffee morning|drop-in|workshop|open day|roadshow|edition|newsletter)\b|questions (?:received|submitted|sent|asked)(?: in)? (?:after|since|from)\b|if your question (?:was not|wasn't|has not been|is not|isn't) (?:answered|covered|included|listed)|next steps\b|yours (?:sincerely|faithfully)|kind regards|best wishes|regards,?$|page last (?:reviewed|updated)|resolved\b|(?:agenda )?item \d+\b|\[\d{1,2}\]\s|appendix \w+ (?:contains|sets out|shows|gives)\b|footnotes?\b|notes?:|sources?:|copyright|©|published (?:by|on|in)\b|if you have (?:any |a )?(?:further |other |more )?(?:questions?|quer(?:y|ies))\b|for (?:more|further) information\b|further information (?:is|can)\b|(?:further|more) information:?$|useful (?:contacts|links):?$|document (?:owner|author|control|reference|status|history)\b|contact us\b|end of (?:the )?(?:document|minutes|report|questions)\b|the meeting (?:finished|concluded)|meeting closed|signed\b|if (?:you are|you remain) (?:unhappy|dissatisfied)|if you would like to (?:tell us|know) more|please (?:note that|do get in touch|contact us if)|this (?:information is provided|transcript has been edited|page was)|these (?:responses|answers) will be published|[^.]{0,40}\bdid not ask a supplementary|(?:page )?last (?:updated|reviewed)\b|version \d+(?:\.\d+)?,? (?:\w+ )?\d{4}$|(?:produced|written|compiled) by (?:the )?[\w'’ ]{0,40}(?:team|service|partnership|forum|board)\b|(?:the )?meeting (?:ended|finished|closed) at\b|end$|this (?:reply|response|document|page|information) (?:is|will be) (?:also )?(?:published|updated|reviewed)\b|disclosure log\b|(?:members|the (?:committee|panel|board|forum|cabinet)) (?:noted|received|welcomed) the (?:report|update|presentation|item)\b|(?:notes?|minutes?) (?:taken|recorded|written|prepared) by\b|(?:prepared|compiled) by\b|still (?:have|got) (?:a|any) (?:question|questions|queries)\b|(?:any|have any) (?:other|more|further) questions\?|(?:can'?t|didn'?t) find (?:what you|the answer)|(?:contact (?:the |our )?[\w'’ ]{0,40}(?:team|service|office)|contact details|how to contact us|get in touch(?: with us)?)\s*:?$|actions?(?:\s*\/\s*further information)? to be (?:provided|taken)\b|actions? (?:agreed|arising)\b|actions?(?: points?)?:?$|recommendations?:?$|(?:the )?information (?:in|supplied in|provided in|contained in) this (?:response|reply|letter) (?:may|can|is)\b|(?:request|our|your|foi) reference(?: number)?\s*:|related (?:pages|links|content|information|articles)\s*:?$|was this page (?:helpful|useful)\b)/i;
/** A note that the last answer is still awaited, which answers nothing, whatever words of the question it repeats. */
const AWAITED_REPLY =
  /^\W{0,3}(?:(?:we are|we're|we) still (?:waiting|awaiting)\b[^.]{0,120}\b(?:will|shall) (?:add|publish|post|share|include)\b|(?:an? |the )?(?:answer|response|reply)\b[^.]{0,60}\bwill be (?:added|published|posted) (?:here )?(?:when|once|as soon as)\b)/i;
// The next item of minutes, numbered and in capitals: "7. HOME TO SCHOOL TRANSPORT POLICY", "55 NOTICES OF MOTION".
const NEXT_ITEM = /^\d{1,3}\.?\s+[A-Z][A-Z ,'’&/()\d-]{6,}$/;
/** A footnote, marked as the text above cites it: "52 pupils*" … "* Includes pupils …". */
export const FOOTNOTE_MARK = /^\*{1,3}\s?\S/;
export const CITES_FOOTNOTE = /[\p{L}\p{N}]\*{1,3}(?=[\s.,;:)]|$)/mu;

export function closesDocument(line: string): boolean {
  const text = line.trim();
  return CLOSING_WORDS.test(text) || NEXT_ITEM.test(text) || AWAITED_REPLY.test(text);
}

/**
 * A line of closing words that takes up what the question straight above it asks ("When will the
 * next session be held?" / "The next session is planned for March."): its answer, not the
 * document's sign-off; "The meeting closed at 8pm." after a question about transport still closes.
 */
export function answersQuestionAbove(question: string, line: string): boolean {
  if (!ENDS_QUESTION.test(question.trim()) || AWAITED_REPLY.test(line.trim())) return false;
  const asked = new Set(tokenize(question));
  return tokenize(line).some((term) => asked.has(term));
}

/**
 * How a page signs off with its contacts or its thanks: "You can contact the team on … or email …",
 * "Email: …", "Thank you for your questions.", "Find out more at …". After an answer these close the
 * document; straight after a question they are its answer ("How do I contact you?"), which is why
 * they are apart from CLOSING_WORDS (reading/closing.ts).
 */
const SIGN_OFF_LINE =
  /^\W{0,3}(?:(?:you can |please |for (?:help|advice|support),? )?(?:contact|call|email|e-mail|ring|phone|write to) (?:us|the [\w'’ ]{0,40}(?:team|service|office|line|helpline))\b[^.]{0,80}\b(?:on|at|by|via)\b|(?:e-?mail|tel|telephone|phone|call us)\s*:|questions\?\s*(?:contact|email|call|ring)\b|(?:thank you|thanks)(?: again)? (?:for (?:your|all (?:your|the)) questions|to (?:all|everyone)\b)|we hope (?:you (?:found|find)|this (?:helps|has helped|was helpful))|follow us on\b)[^\n]{0,160}$/i;

export function signsOffAfterAnswer(line: string): boolean {
  return SIGN_OFF_LINE.test(line.trim());
}

/** A line that is only a web or email address: it ends what stands above it as a full stop would. */
export const BARE_ADDRESS = /^\s*(?:<)?(?:https?:\/\/|www\.)\S+(?:>)?\s*$|^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;
