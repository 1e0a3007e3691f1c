/**
 * Generic English function words and reporting verbs that say nothing about
 * which story an article belongs to. Compared after `words()` normalisation
 * (lowercase, apostrophes removed).
 *
 * @example
 * STOPWORDS.has('said'); // true
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and another any anyone
  anything are around as at away be became because become been before being below between both but by can cannot could
  did do does doing done down during each either else enough even ever every few for from further get gets got had has
  have having he her here hers herself him himself his how however if in including into is it its itself just last least
  less like made make many may me might more most much must my myself near neither never new next no nor not now of off
  often on once one only onto or other others our ours ourselves out over own per perhaps put quite rather really said
  same say saying says see seen several shall she should since so some still such than that the their theirs them
  themselves then there these they this those though through thus to told too toward towards under until up upon us
  very via was we well were what whatever when where whether which while who whom whose why will with within without
  would yet you your yours yourself yourselves amid amidst according week weeks day days today yesterday tomorrow
  monday tuesday wednesday thursday friday saturday sunday year years time times way part first second third recent
  recently later earlier ago dont doesnt didnt isnt arent wasnt werent wont cant couldnt shouldnt wouldnt hes shes its
  theyre thats theres whats lets ive youve weve theyve`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
