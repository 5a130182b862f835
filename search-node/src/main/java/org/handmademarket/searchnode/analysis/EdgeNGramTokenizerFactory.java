package org.handmademarket.searchnode.analysis;

import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/**
 * The {@code edge_ngram} tokenizer: {@code min_gram} (default 1), {@code max_gram} (default 2) and
 * {@code token_chars} ({@code letter}, {@code digit}, {@code whitespace}, {@code punctuation},
 * {@code symbol}, {@code custom} with {@code custom_token_chars}). Without {@code token_chars}
 * every character belongs to a token, as in Elasticsearch.
 */
final class EdgeNGramTokenizerFactory extends AbstractTokenizerFactory {

  private final int minGram;
  private final int maxGram;
  private final IntPredicate tokenChar;

  EdgeNGramTokenizerFactory(String name, Settings settings) {
    super(name);
    this.minGram = settings.getAsInt("min_gram", 1);
    this.maxGram = settings.getAsInt("max_gram", 2);
    this.tokenChar = tokenChars(name, settings);
  }

  @Override
  public Tokenizer create() {
    IntPredicate predicate = tokenChar;
    return new EdgeNGramTokenizer(minGram, maxGram) {
      @Override
      protected boolean isTokenChar(int chr) {
        return predicate.test(chr);
      }
    };
  }

  private static IntPredicate tokenChars(String name, Settings settings) {
    List<String> classes = settings.getAsList("token_chars", List.of());
    if (classes.isEmpty()) {
      return c -> true;
    }
    IntPredicate result = c -> false;
    for (String charClass : classes) {
      result =
          result.or(
              switch (charClass) {
                case "letter" -> Character::isLetter;
                case "digit" -> Character::isDigit;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> EdgeNGramTokenizerFactory::isPunctuation;
                case "symbol" -> EdgeNGramTokenizerFactory::isSymbol;
                case "custom" -> {
                  String custom = settings.get("custom_token_chars", "");
                  yield c -> custom.indexOf(c) >= 0;
                }
                default ->
                    throw new IllegalArgumentException(
                        "[" + name + "]: unknown token_chars class [" + charClass + "]");
              });
    }
    return result;
  }

  private static boolean isPunctuation(int c) {
    return switch (Character.getType(c)) {
      case Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  private static boolean isSymbol(int c) {
    return switch (Character.getType(c)) {
      case Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }
}
