/**
 * Words parents type, for tuning and testing how search treats words it does not know.
 *
 * MISSPELLINGS: real misspellings of SEND words that the answers use (dropped, doubled, swapped and
 * confused letters, as in spelling-error corpora), each with the word meant. Search must correct
 * them. REAL_WORDS: correctly spelt English words that must never be "corrected" into another
 * word, whether or not the answers use them. UNCOVERED_QUERIES: topics no answer covers; search
 * must say so and show nothing as a match.
 */
export const MISSPELLINGS: readonly [typed: string, meant: string][] = [
  ['tribnal', 'tribunal'],
  ['tribunel', 'tribunal'],
  ['tribuanl', 'tribunal'],
  ['tribunual', 'tribunal'],
  ['peadiatrician', 'paediatrician'],
  ['paediatrican', 'paediatrician'],
  ['pediatrition', 'paediatrician'],
  ['behavour', 'behaviour'],
  ['behaivour', 'behaviour'],
  ['ocupational', 'occupational'],
  ['occupatonal', 'occupational'],
  ['occuptional', 'occupational'],
  ['assesment', 'assessment'],
  ['asessment', 'assessment'],
  ['assessmant', 'assessment'],
  ['exlusion', 'exclusion'],
  ['exclution', 'exclusion'],
  ['exclusoin', 'exclusion'],
  ['cahms', 'camhs'],
  ['autisum', 'autism'],
  ['austism', 'autism'],
  ['autsim', 'autism'],
  ['theraphy', 'therapy'],
  ['therepy', 'therapy'],
  ['physiotheraphy', 'physiotherapy'],
  ['phisiotherapy', 'physiotherapy'],
  ['speach', 'speech'],
  ['languge', 'language'],
  ['langauge', 'language'],
  ['lanugage', 'language'],
  ['sensery', 'sensory'],
  ['mediaton', 'mediation'],
  ['madiation', 'mediation'],
  ['apeal', 'appeal'],
  ['appeel', 'appeal'],
  ['anual', 'annual'],
  ['annaul', 'annual'],
  ['reveiw', 'review'],
  ['reviw', 'review'],
  ['transistion', 'transition'],
  ['trasition', 'transition'],
  ['placment', 'placement'],
  ['provison', 'provision'],
  ['provsion', 'provision'],
  ['suport', 'support'],
  ['supprot', 'support'],
  ['mainsteam', 'mainstream'],
  ['mainstrem', 'mainstream'],
  ['specalist', 'specialist'],
  ['speciallist', 'specialist'],
  ['shcool', 'school'],
  ['scool', 'school'],
  ['fundng', 'funding'],
  ['buget', 'budget'],
  ['budjet', 'budget'],
  ['anxity', 'anxiety'],
  ['anxeity', 'anxiety'],
  ['diagnosys', 'diagnosis'],
  ['diagonsis', 'diagnosis'],
  ['refferal', 'referral'],
  ['educatonal', 'educational'],
  ['eductional', 'educational'],
  ['pyschology', 'psychology'],
  ['psycology', 'psychology'],
  ['statuatory', 'statutory'],
  ['statutary', 'statutory'],
  ['consulation', 'consultation'],
  ['consultaion', 'consultation'],
  ['attendence', 'attendance'],
  ['independant', 'independent'],
  ['indepedent', 'independent'],
  ['inclsion', 'inclusion'],
  ['curiculum', 'curriculum'],
  ['coordinater', 'coordinator'],
  ['caseworkr', 'caseworker'],
];

export const REAL_WORDS: readonly string[] = [
  'transport',
  'trainer',
  'transfer',
  'respite',
  'budget',
  'taxi',
  'sleep',
  'toilet',
  'uniform',
  'lunch',
  'holiday',
  'bullying',
  'homework',
  'swimming',
  'meditation',
  'dyslexia',
  'dyspraxia',
  'epilepsy',
  'allergy',
  'ramp',
  'tutor',
  'glasses',
  'bus',
  'medication',
  'hearing',
  'wheelchair',
  'trains',
  'tribe',
  'school',
  'assessor',
];

export const UNCOVERED_QUERIES: readonly string[] = [
  'school transport',
  'taxi to school',
  'bus pass',
  'dyslexia diagnosis',
  'dyspraxia',
  'epilepsy medication',
  'school uniform',
  'lunchtime supervision',
  'swimming lessons',
  'sleep problems',
  'toilet training',
  'hearing aids',
  'glasses',
  'homework club',
  'allergy plan',
  'tutor',
  'meditation',
  'adhd medication',
  'wheelchair ramp',
  'bullying',
  'trainer',
];

/**
 * The relevance queries with one word misspelt, as a parent might: the longest word, misspelt as
 * in MISSPELLINGS when it is there, otherwise with its two middle letters swapped (or, where they
 * are the same, the middle letter dropped). Each expects the answers its query expects.
 */
export function typoQueries<T extends { query: string; expected: string[] }>(cases: readonly T[]): T[] {
  const known = new Map(MISSPELLINGS.map(([typed, meant]) => [meant, typed]));
  return cases.flatMap((c) => {
    const words = c.query.split(' ');
    const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
    if (longest.length < 6) return [];
    const middle = Math.floor(longest.length / 2);
    const swapped = `${longest.slice(0, middle - 1)}${longest[middle]}${longest[middle - 1]}${longest.slice(middle + 1)}`;
    const typo =
      known.get(longest.toLowerCase()) ?? (swapped !== longest ? swapped : `${longest.slice(0, middle)}${longest.slice(middle + 1)}`);
    return [{ ...c, query: words.map((word) => (word === longest ? typo : word)).join(' ') }];
  });
}
