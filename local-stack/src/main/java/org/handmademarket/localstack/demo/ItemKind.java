package org.handmademarket.localstack.demo;

import java.util.List;

/**
 * One kind of item sold in one category (necklaces, sofas, mugs...): the words its titles,
 * descriptions and tags are built from, its price range and how its photos look.
 *
 * <p>{@code nouns} are the synonyms shoppers type (sofa, couch, settee): listings use all of them,
 * so search synonyms have something to find. {@code details} are description sentences that may
 * contain the placeholders {@code {material}} and {@code {colour}}.
 */
record ItemKind(
    long categoryId,
    String slug,
    int weight,
    List<String> nouns,
    List<String> adjectives,
    List<String> materials,
    List<String> styles,
    List<String> details,
    int minPriceDollars,
    int maxPriceDollars,
    Motif motif) {

  /** The folder of this kind's demo photos: {@code demo/<category-slug>}. */
  String imageFolder() {
    return "demo/" + slug;
  }
}
