package org.handmademarket.search.query;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Typeahead: the completion suggester on the {@code suggest} field, asked twice in one request: for
 * titles that continue exactly what was typed, and for titles within a typo of it ({@code
 * fuzziness: AUTO}: none up to two letters, one up to five, then two). Exact completions come
 * first: weights (shop reputation) must not let "roll neck sweater" outrank "necklace" for "neckl".
 * Only listings in stock carry suggester inputs, so a sold-out item is never suggested.
 */
public final class SuggestQuery {

  public static final String EXACT = "exact";
  public static final String FUZZY = "fuzzy";
  public static final int MAX_PREFIX_LENGTH = 100;
  public static final int SIZE = 8;

  private SuggestQuery() {}

  /**
   * The prefix as the suggester should see it.
   *
   * @throws MarketplaceException {@link ProblemType#VALIDATION} naming {@code q} when it is missing
   *     or too long
   */
  public static String prefix(String q) {
    String prefix =
        q == null
            ? ""
            : Normalizer.normalize(q, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    String problem = null;
    if (prefix.isEmpty()) {
      problem = "is required: the beginning of what the shopper is typing";
    } else if (prefix.length() > MAX_PREFIX_LENGTH) {
      problem = "must be at most " + MAX_PREFIX_LENGTH + " characters";
    }
    if (problem != null) {
      throw new MarketplaceException(
          ProblemType.VALIDATION,
          "The suggestion request is not valid: see errors.",
          Map.of("errors", List.of(Map.of("field", "q", "message", problem))));
    }
    return prefix;
  }

  public static SearchRequest build(String prefix, String index) {
    return SearchRequest.of(
        s ->
            s.index(index)
                .size(0)
                .source(src -> src.filter(f -> f.includes("title")))
                .suggest(
                    sg ->
                        sg.text(prefix)
                            .suggesters(
                                EXACT,
                                fs ->
                                    fs.completion(
                                        c -> c.field("suggest").size(SIZE).skipDuplicates(true)))
                            .suggesters(
                                FUZZY,
                                fs ->
                                    fs.completion(
                                        c ->
                                            c.field("suggest")
                                                .size(SIZE)
                                                .skipDuplicates(true)
                                                .fuzzy(
                                                    fz -> fz.fuzziness("AUTO").prefixLength(1))))));
  }
}
