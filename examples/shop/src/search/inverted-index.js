const { tokenize } = require('./tokenize');

const MIN_PREFIX = 2;

/** Word and word-prefix postings, so a search box can match "ali" to "Alice" as the user types. */
class InvertedIndex {
  constructor() {
    this.postings = new Map();
    this.termsByDocument = new Map();
  }

  add(documentId, text) {
    this.remove(documentId);
    const terms = new Set();
    for (const token of tokenize(text)) {
      for (let end = MIN_PREFIX; end <= token.length; end++) terms.add(token.slice(0, end));
    }
    for (const term of terms) {
      let documents = this.postings.get(term);
      if (!documents) {
        documents = new Set();
        this.postings.set(term, documents);
      }
      documents.add(documentId);
    }
    this.termsByDocument.set(documentId, terms);
  }

  remove(documentId) {
    for (const term of this.termsByDocument.get(documentId) ?? []) {
      this.postings.get(term).delete(documentId);
    }
    this.termsByDocument.delete(documentId);
  }

  /** The documents that match every word of `query` (each word as a prefix). */
  search(query) {
    const [first, ...rest] = tokenize(query).map((term) => this.postings.get(term) ?? new Set());
    if (!first) return [];
    return [...first].filter((documentId) => rest.every((documents) => documents.has(documentId)));
  }

  clear() {
    this.postings.clear();
    this.termsByDocument.clear();
  }
}

module.exports = { InvertedIndex };
