package org.handmademarket.localstack.demo;

import java.util.Arrays;
import java.util.List;

/**
 * One kind of item sold in one category (necklaces, sofas, candles...): the words its titles,
 * descriptions and tags are built from, its price range and how its photos look.
 *
 * <p>{@code things} are groups of synonyms, one group per thing ("sofa, couch, settee"): a listing
 * names one thing, often by two of its synonyms as sellers do for search, so the search synonyms
 * have listings to find and a title never calls one object by another object's name. {@code
 * details} are description sentences that may contain the placeholders {@code {material}} and
 * {@code {colour}}.
 *
 * @param weight relative share of its top-level category's listings
 */
record ItemKind(
    long categoryId,
    String slug,
    Motif motif,
    int weight,
    int minPriceDollars,
    int maxPriceDollars,
    List<List<String>> things,
    List<String> adjectives,
    List<String> materials,
    List<String> styles,
    List<String> details) {

  /**
   * The folder of this kind's demo photos: {@code demo/<category-slug>}, shared by its category.
   */
  String imageFolder() {
    return "demo/" + slug;
  }

  /** Starts a kind of item; the word lists follow. */
  static Builder of(
      long categoryId, String slug, Motif motif, int weight, int minDollars, int maxDollars) {
    return new Builder(categoryId, slug, motif, weight, minDollars, maxDollars);
  }

  /** Spells a kind out field by field, so that the vocabulary reads as data. */
  static final class Builder {
    private final long categoryId;
    private final String slug;
    private final Motif motif;
    private final int weight;
    private final int minDollars;
    private final int maxDollars;
    private List<List<String>> things = List.of();
    private List<String> adjectives = List.of();
    private List<String> materials = List.of();
    private List<String> styles = List.of();

    private Builder(
        long categoryId, String slug, Motif motif, int weight, int minDollars, int maxDollars) {
      this.categoryId = categoryId;
      this.slug = slug;
      this.motif = motif;
      this.weight = weight;
      this.minDollars = minDollars;
      this.maxDollars = maxDollars;
    }

    /** Things separated by {@code |}, synonyms of one thing by commas: "sofa, couch | daybed". */
    Builder things(String groups) {
      this.things =
          Arrays.stream(groups.split("\\|"))
              .map(group -> Arrays.stream(group.split(",")).map(String::strip).toList())
              .toList();
      return this;
    }

    Builder adjectives(List<String> words) {
      this.adjectives = words;
      return this;
    }

    Builder materials(List<String> words) {
      this.materials = words;
      return this;
    }

    Builder styles(List<String> words) {
      this.styles = words;
      return this;
    }

    /** Completes the kind with its description sentences. */
    ItemKind details(List<String> sentences) {
      return new ItemKind(
          categoryId,
          slug,
          motif,
          weight,
          minDollars,
          maxDollars,
          things,
          adjectives,
          materials,
          styles,
          sentences);
    }
  }
}
