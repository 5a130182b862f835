package org.handmademarket.search.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The completion suggester matches from the start of an input only. So that "wal" completes
 * "Leather wallet" too, a title is offered from each of its first few words on.
 */
final class SuggestInputs {

  private static final int MAX_INPUTS = 5;

  private SuggestInputs() {}

  static List<String> of(String title) {
    String[] words = title.strip().split("\\s+");
    List<String> inputs = new ArrayList<>();
    for (int start = 0; start < words.length && inputs.size() < MAX_INPUTS; start++) {
      String suffix = String.join(" ", List.of(words).subList(start, words.length));
      if (suffix.length() >= 3) {
        inputs.add(suffix);
      }
    }
    return inputs;
  }
}
