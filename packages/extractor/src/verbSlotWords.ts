import verbSlotsJson from "./lexicons/verbSlots.json" with { type: "json" };

const SUBJECTS = new Set(verbSlotsJson.subjects);
const OPENERS = new Set(verbSlotsJson.openers);

/** A subject pronoun or a modal: the word after it is a verb (`we repurpose`, `can boost`; `verbSlots.json`). */
export function isSubjectOrModal(w: string): boolean {
  return SUBJECTS.has(w);
}

/**
 * A subject, a modal, `to`, a relative pronoun or an adverb (`verbSlots.json`): a word after it
 * that could be a noun or a verb is the verb (`to target detection`, `we align models`).
 */
export function opensVerb(w: string): boolean {
  return SUBJECTS.has(w) || OPENERS.has(w);
}
