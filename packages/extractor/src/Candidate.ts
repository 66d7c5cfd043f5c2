import type { EntityType } from "@paperkg/core";
import type { FieldName } from "./prepareField.ts";

/** A typed span some matcher found; `assembleEntities` merges candidates into entities. */
export interface Candidate {
  type: EntityType;
  /** Display name of the entity this span names. */
  name: string;
  /** Normalised key (`slugKey`) of the entity. */
  key: string;
  field: FieldName;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  /** Higher wins when spans overlap. */
  priority: number;
  proposed?: boolean;
  family?: string | null;
  aliases?: string[];
}

/** Priorities of the matchers: lexicon names beat shapes, shapes beat cues, cues beat phrases. */
export const PRIORITY = {
  lexicon: 90,
  modelShape: 85,
  acronym: 80,
  proposal: 75,
  benchmarkShape: 70,
  benchmarkCue: 60,
  lexiconConcept: 50,
  vocabulary: 40,
  taskHead: 35,
} as const;
