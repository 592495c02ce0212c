import type { SearchTypes } from "@medusajs/framework/types"
import { COMPARABLE_KINDS, flattenFields, searchWeight } from "./fields"

/** Provider options an index definition may carry under `settings.provider_options.meilisearch`. */
export interface MeilisearchIndexOptions {
  synonyms?: Record<string, string[]>
  /** Attribute patterns per language, e.g. { zho: ["*_zh"], eng: ["*_en"] }. */
  localized_attributes?: Record<string, string[]>
  ranking_rules?: string[]
  max_values_per_facet?: number
  max_total_hits?: number
}

const providerOptions = (definition: SearchTypes.ResolvedSearchIndexDefinition) =>
  (definition.settings?.provider_options?.meilisearch ?? {}) as MeilisearchIndexOptions

/** The index definition as Meilisearch settings: the searchable order is the weight order. */
export function toMeilisearchSettings(definition: SearchTypes.ResolvedSearchIndexDefinition) {
  const fields = [...flattenFields(definition.fields)]
  const options = providerOptions(definition)
  const typo = definition.settings?.typo_tolerance ?? {}
  const filterable = fields.filter(([, f]) => f.filterable || f.facetable)
  const searchable = fields
    .filter(([, f]) => f.searchable)
    .map(([path, f], i) => ({ path, weight: searchWeight(f), i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((f) => f.path)
  return {
    searchableAttributes: searchable.length ? searchable : ["*"],
    // Only the features the compiler can ask for: comparisons on numbers and dates, equality elsewhere, no facet
    // search (the Search Module has no facet-value search). Each unused feature costs indexing time.
    filterableAttributes: [true, false]
      .map((comparison) => ({
        attributePatterns: filterable.filter(([, f]) => COMPARABLE_KINDS.has(f.type) === comparison).map(([path]) => path),
        features: { facetSearch: false, filter: { equality: true, comparison } },
      }))
      .filter((group) => group.attributePatterns.length),
    facetSearch: false,
    // Proximity between words of one attribute, not word by word: a fraction of the indexing work, and
    // documents whose words sit in the same field still rank first.
    proximityPrecision: "byAttribute" as const,
    sortableAttributes: fields.filter(([, f]) => f.sortable).map(([path]) => path),
    displayedAttributes: ["*"],
    ...(definition.settings?.distinct_attribute ? { distinctAttribute: definition.settings.distinct_attribute } : {}),
    typoTolerance: {
      enabled: typo.enabled ?? true,
      minWordSizeForTypos: { oneTypo: typo.min_word_size_for_one_typo ?? 4, twoTypos: typo.min_word_size_for_two_typos ?? 8 },
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    synonyms: options.synonyms ?? {},
    localizedAttributes: Object.entries(options.localized_attributes ?? {}).map(([locale, attributePatterns]) => ({
      locales: [locale],
      attributePatterns,
    })),
    faceting: { maxValuesPerFacet: options.max_values_per_facet ?? 100 },
    pagination: { maxTotalHits: options.max_total_hits ?? 10000 },
    // An explicit sort (price, newest) decides the order; relevance orders what it leaves tied.
    rankingRules: options.ranking_rules ?? ["sort", "words", "typo", "proximity", "attribute", "exactness"],
  }
}
