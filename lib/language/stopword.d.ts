/** The part of stopword (which ships no types) that tokenize uses: its English list. */
declare module 'stopword' {
  export const eng: readonly string[];
}
