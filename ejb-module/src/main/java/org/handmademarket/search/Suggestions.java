package org.handmademarket.search;

import java.util.List;

/** Typeahead completions, best first. */
public record Suggestions(List<Suggestion> suggestions) {

  /** A listing whose title completes what the shopper typed. */
  public record Suggestion(long id, String text) {}
}
