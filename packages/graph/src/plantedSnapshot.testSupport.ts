import type {
  EntityNode,
  EntityType,
  GraphSnapshot,
  PaperLink,
  PaperNode,
  RelationshipType,
} from "@paperkg/core";

/**
 * A graph with a known answer for the analytics tests: four research topics, each with its own
 * named entities; every paper links to three entities of its topic, a few also to one entity of
 * another topic, and every paper mentions the generic concept `approach` — the word a label must
 * never be made of.
 */
export const TOPICS: readonly { name: string; entities: readonly [EntityType, string][] }[] = [
  {
    name: "maths",
    entities: [
      ["benchmark", "GSM8K"],
      ["benchmark", "MATH"],
      ["method", "GRPO"],
      ["model", "Qwen2.5"],
      ["task", "mathematical reasoning"],
    ],
  },
  {
    name: "code",
    entities: [
      ["benchmark", "HumanEval"],
      ["benchmark", "MBPP"],
      ["model", "StarCoder"],
      ["task", "code generation"],
      ["method", "execution feedback"],
    ],
  },
  {
    name: "vision",
    entities: [
      ["benchmark", "ImageNet"],
      ["benchmark", "COCO"],
      ["model", "ViT"],
      ["task", "object detection"],
      ["method", "contrastive learning"],
    ],
  },
  {
    name: "speech",
    entities: [
      ["benchmark", "LibriSpeech"],
      ["benchmark", "Common Voice"],
      ["model", "Whisper"],
      ["task", "speech recognition"],
      ["method", "CTC"],
    ],
  },
];

export const GENERIC_CONCEPT = { id: "concept:approach", name: "approach" } as const;

const RELATION: Record<EntityType, RelationshipType> = {
  benchmark: "EVALUATES_ON",
  method: "USES",
  model: "USES_MODEL",
  task: "ADDRESSES",
  concept: "MENTIONS",
};

export const entityId = (type: EntityType, name: string) =>
  `${type}:${name.toLowerCase().replace(/\s+/g, "-")}`;

/** A stored paper with only the fields that matter here set. */
export function paperNode(id: string, title: string): PaperNode {
  return {
    id,
    title,
    abstract: `${title}.`,
    published: null,
    dateText: null,
    authors: [],
    authorsCount: null,
    upvotes: null,
    organization: null,
    arxivId: null,
    categories: [],
    codeUrl: null,
    codeUrls: [],
    sources: ["planted.jsonl:1"],
  };
}

export interface PlantedGraph {
  snapshot: GraphSnapshot;
  /** Topic index of every paper and every topic entity (the generic concept has none). */
  topicOf: Map<string, number>;
}

/** The planted graph; a fresh copy on every call, built from its own seeded generator. */
export function plantedSnapshot(papersPerTopic = 12): PlantedGraph {
  let state = 7;
  const next = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const topicOf = new Map<string, number>();
  const entities: EntityNode[] = [];
  const papers: PaperNode[] = [];
  const links: PaperLink[] = [];
  const link = (paper: string, type: EntityType, entity: string): PaperLink => ({
    paper,
    entity,
    type: RELATION[type],
    evidence: [],
    spans: [],
    confidence: 0.9,
    rule: "planted",
    metric: null,
    value: null,
  });
  TOPICS.forEach((topic, t) => {
    for (const [type, name] of topic.entities) {
      const id = entityId(type, name);
      topicOf.set(id, t);
      entities.push({ id, type, name, aliases: [], family: null, paperCount: 0 });
    }
    for (let i = 0; i < papersPerTopic; i++) {
      const id = `p-${topic.name}-${String(i).padStart(2, "0")}`;
      topicOf.set(id, t);
      papers.push(paperNode(id, `${topic.name} paper ${i}`));
      // three of the topic's five entities, chosen so each one is on many of its papers
      for (let k = 0; k < 3; k++) {
        const [type, name] = topic.entities[(i + k * 2) % topic.entities.length]!;
        links.push(link(id, type, entityId(type, name)));
      }
      if (next() < 0.15) {
        const other = TOPICS[(t + 1 + Math.floor(next() * 3)) % TOPICS.length]!;
        const [type, name] = other.entities[Math.floor(next() * other.entities.length)]!;
        links.push(link(id, type, entityId(type, name)));
      }
      links.push(link(id, "concept", GENERIC_CONCEPT.id));
    }
  });
  entities.push({
    ...GENERIC_CONCEPT,
    type: "concept",
    aliases: [],
    family: null,
    paperCount: papers.length,
  });
  for (const e of entities)
    e.paperCount = new Set(links.filter((l) => l.entity === e.id).map((l) => l.paper)).size;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { snapshot: { papers: papers.sort(byId), entities: entities.sort(byId), links }, topicOf };
}
