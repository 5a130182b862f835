package org.handmademarket.searchnode.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * The {@code edge_ngram} token filter for search-as-you-type prefixes: {@code min_gram} (default
 * 1), {@code max_gram} (default 2) and {@code preserve_original} (default false), as in
 * Elasticsearch.
 */
final class EdgeNGramTokenFilterFactory extends AbstractTokenFilterFactory {

  private final int minGram;
  private final int maxGram;
  private final boolean preserveOriginal;

  EdgeNGramTokenFilterFactory(String name, Settings settings) {
    super(name);
    this.minGram = settings.getAsInt("min_gram", 1);
    this.maxGram = settings.getAsInt("max_gram", 2);
    this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
  }

  @Override
  public boolean breaksFastVectorHighlighter() {
    return true;
  }

  @Override
  public TokenFilterFactory getSynonymFilter() {
    // Same refusal as Elasticsearch, so index definitions behave alike on both.
    throw new IllegalArgumentException(
        "Token filter [" + name() + "] cannot be used to parse synonyms");
  }
}
