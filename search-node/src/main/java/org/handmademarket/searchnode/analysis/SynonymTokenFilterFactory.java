package org.handmademarket.searchnode.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * {@code synonym_graph} and {@code synonym} token filters with Solr-format rules.
 *
 * <p>Rules come from the inline {@code synonyms} list or from {@code synonyms_path} (resolved
 * against the node's config directory). As in Elasticsearch, the rules are analysed with the
 * tokenizer, char filters and preceding token filters of the analyzer that uses this filter, so
 * "Mugs" in a rule matches "mugs" after lowercasing and stemming. Hence the real filter only exists
 * once the chain is known, in {@link #getChainAwareTokenFilterFactory}.
 *
 * <p>Settings: {@code expand} (default true), {@code lenient} (default false: a rule that cannot be
 * analysed, e.g. one made only of stop words, is skipped instead of failing index creation). Only
 * the {@code solr} format is supported; synonym sets managed through the synonyms API are not.
 */
final class SynonymTokenFilterFactory extends AbstractTokenFilterFactory {

  private final boolean graph;
  private final List<String> rules;
  private final boolean expand;
  private final boolean lenient;

  SynonymTokenFilterFactory(
      Environment environment, String name, Settings settings, boolean graph) {
    super(name);
    this.graph = graph;
    if (settings.get("synonyms_set") != null) {
      throw new IllegalArgumentException(
          "["
              + name
              + "]: synonyms_set is not supported by this node, use synonyms or synonyms_path");
    }
    String format = settings.get("format", "solr");
    if ("solr".equals(format) == false) {
      throw new IllegalArgumentException(
          "[" + name + "]: only the solr synonym format is supported, got [" + format + "]");
    }
    List<String> configured = Analysis.getWordList(environment, settings, "synonyms");
    if (configured == null) {
      throw new IllegalArgumentException(
          "[" + name + "] requires either `synonyms` or `synonyms_path` to be configured");
    }
    this.rules = List.copyOf(configured);
    this.expand = settings.getAsBoolean("expand", true);
    this.lenient = settings.getAsBoolean("lenient", false);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    throw new IllegalStateException(
        "[" + name() + "] must be specialised for its analysis chain first");
  }

  @Override
  public TokenFilterFactory getChainAwareTokenFilterFactory(
      IndexCreationContext context,
      TokenizerFactory tokenizer,
      List<CharFilterFactory> charFilters,
      List<TokenFilterFactory> previousTokenFilters,
      Function<String, TokenFilterFactory> allFilters) {
    TokenFilterFactory[] ruleFilters =
        previousTokenFilters.stream()
            .map(TokenFilterFactory::getSynonymFilter)
            .toArray(TokenFilterFactory[]::new);
    try (Analyzer ruleAnalyzer =
        new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]), ruleFilters)) {
      return specialised(buildMap(ruleAnalyzer));
    }
  }

  private SynonymMap buildMap(Analyzer ruleAnalyzer) {
    SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
    try {
      // One rule at a time so that lenient mode can drop just the offending rule.
      for (String rule : rules) {
        try {
          parser.parse(new StringReader(rule));
        } catch (ParseException | IllegalArgumentException e) {
          if (lenient == false) {
            throw new IllegalArgumentException(
                "[" + name() + "]: failed to parse synonym rule [" + rule + "]", e);
          }
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings(
      "deprecation") // SynonymFilter is what Elasticsearch's plain `synonym` filter uses too.
  private TokenFilterFactory specialised(SynonymMap map) {
    String name = name();
    boolean useGraph = graph;
    return new TokenFilterFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public TokenStream create(TokenStream tokenStream) {
        if (map.fst == null) {
          return tokenStream;
        }
        return useGraph
            ? new SynonymGraphFilter(tokenStream, map, false)
            : new SynonymFilter(tokenStream, map, false);
      }

      @Override
      public TokenFilterFactory getSynonymFilter() {
        // A later synonym filter must parse its rules without this one's expansions.
        return IDENTITY_FILTER;
      }
    };
  }
}
