package org.handmademarket.localstack.demo;

import java.util.List;

/**
 * A top-level category as the demo catalogue sees it: its kinds of items, how common it is, how
 * much of it is vintage, and the words its shops use for their names, taglines and care notes.
 *
 * @param weight relative share of shops and listings
 * @param vintageShare share of its listings that are vintage
 * @param shopWords short words for "X &amp; Y" shop names (Wick, Clay, Thread)
 * @param trades what a maker of it calls the business (Pottery, Ceramics, Candle Co.)
 * @param taglines maker taglines; may contain {@code {city}}
 * @param care care sentences for descriptions
 */
record CategoryVocabulary(
    long id,
    String slug,
    String label,
    int weight,
    double vintageShare,
    List<ItemKind> kinds,
    List<String> shopWords,
    List<String> trades,
    List<String> taglines,
    List<String> care) {

  /**
   * Its slug: rows that name their category print as {@code mainCategory=ceramics}, not every word
   * list.
   */
  @Override
  public String toString() {
    return slug;
  }
}
