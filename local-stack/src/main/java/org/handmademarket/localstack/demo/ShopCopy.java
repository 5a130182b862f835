package org.handmademarket.localstack.demo;

import java.util.ArrayList;
import java.util.List;

/** The words of a shop: its name, tagline, "about" text and shipping policy. */
final class ShopCopy {

  private ShopCopy() {}

  static String name(
      Dice dice,
      CategoryVocabulary category,
      boolean dealer,
      String first,
      String last,
      Words.Place place) {
    if (dealer) {
      List<String> prefixes =
          place.country().equals("United States")
              ? Words.VINTAGE_PREFIXES
              : Words.VINTAGE_PREFIXES_ANYWHERE;
      return switch (dice.between(0, 3)) {
        case 0 -> dice.pick(prefixes) + " " + dice.pick(Words.VINTAGE_NOUNS);
        case 1 -> first + "'s " + dice.pick(Words.VINTAGE_NOUNS);
        case 2 -> "The " + dice.pick(Words.LITTLE) + " " + dice.pick(Words.VINTAGE_NOUNS);
        default -> dice.pick(prefixes) + " " + capitalizeWords(category.label());
      };
    }
    return switch (dice.between(0, 6)) {
      case 0, 1 -> dice.pick(Words.NATURE) + " & " + dice.pick(category.shopWords());
      case 2 ->
          dice.pick(Words.LITTLE)
              + " "
              + dice.pick(Words.ANIMALS)
              + " "
              + dice.pick(category.trades());
      case 3 -> "The " + dice.pick(Words.LITTLE) + " " + dice.pick(Words.PLACE_WORDS);
      case 4 -> first + "'s " + dice.pick(Words.PLACE_WORDS);
      case 5 -> place.city() + " " + dice.pick(category.trades());
      default -> last + " & " + dice.pick(List.of("Daughters", "Sons", "Co.", "Friends"));
    };
  }

  private static String capitalizeWords(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (String word : text.split(" ")) {
      if (!result.isEmpty()) {
        result.append(' ');
      }
      result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return result.toString();
  }

  static String tagline(Dice dice, CategoryVocabulary category, boolean dealer, Words.Place place) {
    if (dealer) {
      return dice.pick(
              List.of(
                  "Curated vintage %s, cleaned and ready for a new home",
                  "Vintage %s from estate sales around {city}",
                  "Second-hand %s with first-class stories",
                  "Honest vintage %s, carefully described",
                  "Old %s with good bones, found near {city}"))
          .formatted(category.label())
          .replace("{city}", place.city());
    }
    return dice.pick(category.taglines()).replace("{city}", place.city());
  }

  static String description(
      Dice dice,
      CategoryVocabulary category,
      boolean dealer,
      String shopName,
      String first,
      Words.Place place,
      int year) {
    List<String> sentences = new ArrayList<>();
    if (dealer) {
      sentences.add(
          "%s here. I have been hunting vintage %s at estate sales and flea markets around %s since %d."
              .formatted(first, category.label(), place.city(), year));
      sentences.add(
          dice.pick(
              List.of(
                  "Every piece is cleaned, checked and photographed in daylight, so what you see is"
                      + " what you get.",
                  "I describe wear honestly and photograph every mark.",
                  "Most pieces come from local homes, and I love passing on their stories.")));
      sentences.add(
          dice.pick(
              List.of(
                  "Looking for something in particular? Send me a message: I keep a wish list.",
                  "New finds are listed every week.",
                  "Bundles ship together at a discount.")));
    } else {
      sentences.add(
          dice.pick(
                  List.of(
                      "Hi, I'm %s! %s began in %d as a weekend project in %s and slowly became my"
                          + " full-time work.",
                      "I'm %s, the hands behind %s. I started it in %d and still make everything"
                          + " myself in %s.",
                      "%s here: %s has been my little studio since %d, tucked away in %s."))
              .formatted(first, shopName, year, place.city()));
      sentences.add(
          "I work with %s and %s, sourced as close to home as I can."
              .formatted(
                  dice.pick(category.kinds()).materials().get(0),
                  dice.pick(dice.pick(category.kinds()).materials())));
      sentences.add(
          dice.pick(
              List.of(
                  "Custom orders are always welcome: send me a message.",
                  "Everything is made in small batches, so colours vary a little from piece to"
                      + " piece.",
                  "New pieces arrive with every season.",
                  "Thank you for supporting small, independent makers.")));
    }
    return String.join(" ", sentences.subList(0, 2)) + "\n\n" + sentences.get(2);
  }

  static String shippingPolicy(
      Dice dice, CategoryVocabulary category, boolean dealer, Words.Place place) {
    List<String> parts = new ArrayList<>();
    if (category.id() == 9) {
      parts.add(
          "Large pieces ship by freight; I quote each delivery separately. Local pickup in %s is free."
              .formatted(place.city()));
    } else {
      int from = dice.between(1, 3);
      parts.add(
          "Orders ship within %d-%d business days from %s, tracked."
              .formatted(from, from + dice.between(1, 3), place.city()));
      parts.add(
          dice.pick(
                  List.of(
                      "Free shipping on orders over $50 within %s.",
                      "Flat-rate shipping of $5 per order within %s.",
                      "Shipping within %s is calculated at checkout.",
                      "Free standard shipping within %s."))
              .formatted(place.country()));
      parts.add(
          dice.chance(0.7)
              ? "International shipping available; import duties are paid by the buyer."
              : "I currently ship within %s only.".formatted(Words.countryName(place.country())));
    }
    parts.add(
        dealer
            ? dice.pick(
                List.of(
                    "All vintage sales are final, but please message me if anything is not as"
                        + " described.",
                    "Returns accepted within 14 days if an item is not as described."))
            : dice.pick(
                List.of(
                    "Returns accepted within 30 days of delivery; the buyer pays return shipping.",
                    "Returns within 14 days for unused items; custom and personalised orders are"
                        + " final sale.",
                    "Exchanges gladly accepted within 30 days.")));
    return String.join(" ", parts);
  }
}
