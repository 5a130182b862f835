package org.handmademarket.searchnode.analysis;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_ALL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_NUMBERS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_WORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.IGNORE_KEYWORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * The {@code word_delimiter_graph} token filter ("WiFi-Router" gives "Wi", "Fi", "Router"), with
 * Elasticsearch's boolean flags and defaults, {@code adjust_offsets} and {@code protected_words} /
 * {@code protected_words_path}. A custom {@code type_table} is not supported.
 */
final class WordDelimiterGraphTokenFilterFactory extends AbstractTokenFilterFactory {

  private final int flags;
  private final boolean adjustOffsets;
  private final CharArraySet protectedWords;

  WordDelimiterGraphTokenFilterFactory(Environment environment, String name, Settings settings) {
    super(name);
    if (settings.get("type_table") != null || settings.get("type_table_path") != null) {
      throw new IllegalArgumentException(
          "[" + name + "]: type_table is not supported by this node");
    }
    int f = 0;
    f |= flag(settings, "generate_word_parts", true, GENERATE_WORD_PARTS);
    f |= flag(settings, "generate_number_parts", true, GENERATE_NUMBER_PARTS);
    f |= flag(settings, "catenate_words", false, CATENATE_WORDS);
    f |= flag(settings, "catenate_numbers", false, CATENATE_NUMBERS);
    f |= flag(settings, "catenate_all", false, CATENATE_ALL);
    f |= flag(settings, "split_on_case_change", true, SPLIT_ON_CASE_CHANGE);
    f |= flag(settings, "preserve_original", false, PRESERVE_ORIGINAL);
    f |= flag(settings, "split_on_numerics", true, SPLIT_ON_NUMERICS);
    f |= flag(settings, "stem_english_possessive", true, STEM_ENGLISH_POSSESSIVE);
    f |= flag(settings, "ignore_keywords", false, IGNORE_KEYWORDS);
    this.flags = f;
    this.adjustOffsets = settings.getAsBoolean("adjust_offsets", true);
    this.protectedWords = Analysis.getWordSet(environment, settings, "protected_words");
  }

  private static int flag(Settings settings, String key, boolean defaultValue, int bit) {
    return settings.getAsBoolean(key, defaultValue) ? bit : 0;
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new WordDelimiterGraphFilter(
        tokenStream,
        adjustOffsets,
        WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
        flags,
        protectedWords);
  }

  @Override
  public TokenFilterFactory getSynonymFilter() {
    throw new IllegalArgumentException(
        "Token filter [" + name() + "] cannot be used to parse synonyms");
  }
}
