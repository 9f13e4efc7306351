/**
 * The version of what the search index holds and how it reads text. Bump it
 * with any change to the documents (documents.ts), the terms (terms.ts) or
 * the MiniSearch options (search-index.ts): a saved index of another version
 * is built again. A module of its own so the code that saves and forgets the
 * index does not load MiniSearch.
 */
export const INDEX_FORMAT = 2;
