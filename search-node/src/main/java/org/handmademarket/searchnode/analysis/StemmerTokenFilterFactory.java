package org.handmademarket.searchnode.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The {@code stemmer} token filter, for the languages a marketplace in Western Europe is likely to
 * need.
 *
 * <p>{@code language} (or its alias {@code name}) picks the algorithm with Elasticsearch's names,
 * defaulting to {@code porter}. {@code light_english} is KStem, as in Elasticsearch.
 */
final class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

  static final Map<String, Function<TokenStream, TokenStream>> STEMMERS = stemmers();

  private final Function<TokenStream, TokenStream> stemmer;

  StemmerTokenFilterFactory(String name, Settings settings) {
    super(name);
    String language = settings.get("language", settings.get("name", "porter"));
    this.stemmer = STEMMERS.get(language);
    if (stemmer == null) {
      throw new IllegalArgumentException(
          "["
              + name
              + "]: unsupported stemmer language ["
              + language
              + "], supported: "
              + STEMMERS.keySet());
    }
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return stemmer.apply(tokenStream);
  }

  private static Map<String, Function<TokenStream, TokenStream>> stemmers() {
    Map<String, Function<TokenStream, TokenStream>> stemmers = new TreeMap<>();
    stemmers.put("porter", PorterStemFilter::new);
    stemmers.put("english", PorterStemFilter::new);
    stemmers.put("porter2", ts -> new SnowballFilter(ts, new EnglishStemmer()));
    stemmers.put("light_english", KStemFilter::new);
    stemmers.put("minimal_english", EnglishMinimalStemFilter::new);
    stemmers.put("possessive_english", EnglishPossessiveFilter::new);
    stemmers.put("light_french", FrenchLightStemFilter::new);
    stemmers.put("light_german", GermanLightStemFilter::new);
    stemmers.put("light_spanish", SpanishLightStemFilter::new);
    stemmers.put("light_italian", ItalianLightStemFilter::new);
    stemmers.put("light_portuguese", PortugueseLightStemFilter::new);
    return Collections.unmodifiableMap(stemmers);
  }
}
