package org.handmademarket.searchnode.analysis;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers the analysis components that Elasticsearch ships in its {@code analysis-common} module,
 * which is not published to Maven Central. Names and settings follow Elasticsearch so that index
 * definitions written against this node work unchanged on a real cluster. Only the subset the
 * marketplace uses is provided.
 */
public class SearchNodeAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        "synonym_graph",
        requiresAnalysisSettings(
            (index, env, name, settings) ->
                new SynonymTokenFilterFactory(env, name, settings, true)),
        "synonym",
        requiresAnalysisSettings(
            (index, env, name, settings) ->
                new SynonymTokenFilterFactory(env, name, settings, false)),
        "asciifolding",
        (index, env, name, settings) -> new AsciiFoldingTokenFilterFactory(name, settings),
        "stemmer",
        (index, env, name, settings) -> new StemmerTokenFilterFactory(name, settings),
        "kstem",
        (index, env, name, settings) -> new SimpleTokenFilterFactory(name, KStemFilter::new),
        "porter_stem",
        (index, env, name, settings) -> new SimpleTokenFilterFactory(name, PorterStemFilter::new),
        "flatten_graph",
        (index, env, name, settings) -> new SimpleTokenFilterFactory(name, FlattenGraphFilter::new),
        "word_delimiter_graph",
        (index, env, name, settings) ->
            new WordDelimiterGraphTokenFilterFactory(env, name, settings),
        "edge_ngram",
        (index, env, name, settings) -> new EdgeNGramTokenFilterFactory(name, settings));
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(
        "edge_ngram",
        (index, env, name, settings) -> new EdgeNGramTokenizerFactory(name, settings),
        "keyword",
        (index, env, name, settings) ->
            TokenizerFactory.newFactory(
                name,
                () ->
                    new KeywordTokenizer(
                        settings.getAsInt("buffer_size", KeywordTokenizer.DEFAULT_BUFFER_SIZE))),
        "whitespace",
        (index, env, name, settings) ->
            TokenizerFactory.newFactory(
                name, () -> new WhitespaceTokenizer(settings.getAsInt("max_token_length", 255))),
        "letter",
        (index, env, name, settings) -> TokenizerFactory.newFactory(name, LetterTokenizer::new));
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of(
        "html_strip",
        (index, env, name, settings) -> new HtmlStripCharFilterFactory(name, settings));
  }

  /** A filter without settings. */
  private static final class SimpleTokenFilterFactory extends AbstractTokenFilterFactory {
    private final Function<TokenStream, TokenStream> filter;

    SimpleTokenFilterFactory(String name, Function<TokenStream, TokenStream> filter) {
      super(name);
      this.filter = filter;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
      return filter.apply(tokenStream);
    }
  }
}
