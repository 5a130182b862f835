package org.handmademarket.localstack.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Generates one listing from its shop, its kind of item and its creation time: title, description,
 * tags, materials, price, stock, status and photos, all from the listing's own dice.
 *
 * <p>Titles mix the kind's synonyms the way sellers write for search ("Hammered silver hoops, boho
 * hoop earrings"), so the search synonyms (sofa/couch/settee, necklace/pendant/choker, mug/cup,
 * earrings/studs/hoops) all have listings to find.
 */
final class ListingGenerator {

  /** Share of handmade listings that are one of a kind; vintage ones almost always are. */
  private static final double HANDMADE_ONE_OF_A_KIND = 0.42;

  private static final double VINTAGE_ONE_OF_A_KIND = 0.95;

  private final long seed;
  private final Instant base;
  private final int photoVariants;

  ListingGenerator(long seed, Instant base, int photoVariants) {
    this.seed = seed;
    this.base = base;
    this.photoVariants = photoVariants;
  }

  /**
   * @param forcedStatus the status to give the listing, or null to draw one
   * @param oneOfAKind whether the listing must be a single piece
   */
  DemoListing generate(
      long id,
      DemoShop shop,
      ItemKind kind,
      Instant createdAt,
      ListingStatus forcedStatus,
      boolean oneOfAKind) {
    Dice dice = Dice.of(seed, "listing", id);
    CategoryVocabulary category = CategoryVocabularies.byId(topLevelId(kind));
    boolean vintage = isVintage(dice, shop, category);
    boolean handmade = !vintage || dice.chance(0.1);
    Words.Place place = placeOf(shop);
    Item item = new Item(dice, kind, category, vintage);

    int quantity;
    if (dice.chance(vintage ? VINTAGE_ONE_OF_A_KIND : HANDMADE_ONE_OF_A_KIND)) {
      quantity = 1;
    } else {
      quantity = 2 + (int) Math.floor(24 * Math.pow(dice.unit(), 2.2));
    }
    if (oneOfAKind) {
      quantity = 1;
    }
    ListingStatus drawn = status(dice);
    ListingStatus status = forcedStatus == null ? drawn : forcedStatus;
    if (status == ListingStatus.SOLD_OUT) {
      quantity = 0;
    }
    int favorites =
        status == ListingStatus.DRAFT
            ? 0
            : (int)
                Math.min(
                    9_999,
                    Math.floor(
                        dice.logNormal(1.5, 1.4) * (0.5 + Math.log10(1 + shop.salesCount()) / 2)));
    long age = Math.max(0, base.getEpochSecond() - createdAt.getEpochSecond());
    Instant updatedAt = createdAt.plusSeconds((long) (age * 0.3 * dice.unit()));
    return new DemoListing(
        id,
        shop.id(),
        kind.categoryId(),
        item.title(),
        item.description(place, quantity == 1 || status == ListingStatus.SOLD_OUT),
        price(dice, kind),
        quantity,
        vintage,
        handmade,
        status,
        favorites,
        createdAt,
        updatedAt,
        item.tags(),
        item.materials,
        photos(dice, kind, item.material()));
  }

  static long topLevelId(ItemKind kind) {
    return kind.categoryId() < 100 ? kind.categoryId() : kind.categoryId() / 100;
  }

  private static boolean isVintage(Dice dice, DemoShop shop, CategoryVocabulary category) {
    if (category.vintageShare() == 0) {
      return false;
    }
    return shop.vintageDealer()
        ? dice.chance(ShopGenerator.DEALER_VINTAGE_SHARE)
        : dice.chance(category.vintageShare() * ShopGenerator.MAKER_VINTAGE_FACTOR);
  }

  private static Words.Place placeOf(DemoShop shop) {
    return new Words.Place(shop.city(), shop.country());
  }

  /** About 90% active, the rest drafts, deactivated or sold out, as in a live marketplace. */
  private static ListingStatus status(Dice dice) {
    double roll = dice.unit();
    if (roll < 0.90) {
      return ListingStatus.ACTIVE;
    } else if (roll < 0.93) {
      return ListingStatus.DRAFT;
    } else if (roll < 0.96) {
      return ListingStatus.INACTIVE;
    }
    return ListingStatus.SOLD_OUT;
  }

  /**
   * A price in the kind's range, spread log-uniformly and rounded the way sellers price: whole or
   * half dollars under $100 (sometimes .99), whole fives under $1,000, then steps of $25.
   */
  static long price(Dice dice, ItemKind kind) {
    double dollars = dice.logUniform(kind.minPriceDollars(), kind.maxPriceDollars());
    long cents;
    if (dollars < 100) {
      double roll = dice.unit();
      if (roll < 0.25) {
        cents = Math.round(dollars * 2) * 50;
      } else if (roll < 0.4) {
        cents = Math.round(dollars) * 100 - 1;
      } else {
        cents = Math.round(dollars) * 100;
      }
    } else if (dollars < 1000) {
      cents = Math.round(dollars / 5) * 500;
    } else {
      cents = Math.round(dollars / 25) * 2500;
    }
    return Math.max(
        kind.minPriceDollars() * 100L - 1, Math.min(kind.maxPriceDollars() * 100L, cents));
  }

  /**
   * The listing's photos: variants of its kind, and for jewellery in a metal only the variants
   * painted in that metal, so that a "sterling silver" title never shows a gold piece.
   */
  private List<DemoImage> photos(Dice dice, ItemKind kind, String material) {
    int count = 1 + dice.weighted(new int[] {25, 30, 25, 20});
    List<Integer> fitting = new ArrayList<>();
    Optional<MetalTone> metal =
        MetalTone.paints(kind.motif()) ? MetalTone.ofMaterial(material) : Optional.empty();
    for (int variant = 1; variant <= photoVariants; variant++) {
      if (metal.isEmpty() || MetalTone.ofVariant(variant) == metal.get()) {
        fitting.add(variant);
      }
    }
    // A small photo set (the test catalogues paint two variants) may lack the tone: the nearest.
    if (fitting.isEmpty() && metal.isPresent()) {
      MetalTone nearest = metal.get().nearest();
      for (int variant = 1; variant <= photoVariants; variant++) {
        if (MetalTone.ofVariant(variant) == nearest) {
          fitting.add(variant);
        }
      }
    }
    if (fitting.isEmpty()) {
      for (int variant = 1; variant <= photoVariants; variant++) {
        fitting.add(variant);
      }
    }
    List<DemoImage> photos = new ArrayList<>(count);
    Set<Integer> used = new LinkedHashSet<>();
    while (used.size() < Math.min(count, fitting.size())) {
      used.add(fitting.get(dice.between(0, fitting.size() - 1)));
    }
    for (int variant : used) {
      photos.add(
          new DemoImage(
              DemoPhotos.key(kind, variant),
              DemoPhotos.thumbnailKey(kind, variant),
              DemoPhotos.SIZE,
              DemoPhotos.SIZE));
    }
    return photos;
  }

  /** Whether two phrases have a word in common, whatever the case. */
  static boolean sharesAWord(String one, String other) {
    Set<String> words =
        new LinkedHashSet<>(List.of(one.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+")));
    for (String word : other.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+")) {
      if (!word.isEmpty() && words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The title without a word said twice in a row ("Vintage vintage", "minimalist minimalist"),
   * whatever the case; punctuation between the two keeps both ("locket, locket necklace").
   */
  static String withoutRepeatedWords(String title) {
    String[] words = title.split(" ");
    StringBuilder kept = new StringBuilder();
    String previous = null;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (previous != null && previous.equalsIgnoreCase(word)) {
        continue;
      }
      if (kept.length() > 0) {
        kept.append(' ');
      }
      kept.append(word);
      previous = word;
    }
    return kept.toString();
  }

  /** The words chosen for one listing, from which its title, description and tags are written. */
  private static final class Item {
    final Dice dice;
    final ItemKind kind;
    final CategoryVocabulary category;
    final boolean vintage;
    final String noun;
    final String otherNoun;
    final String adjective;
    final String style;
    final String colour;
    final String era;
    final List<String> materials;

    Item(Dice dice, ItemKind kind, CategoryVocabulary category, boolean vintage) {
      this.dice = dice;
      this.kind = kind;
      this.category = category;
      this.vintage = vintage;
      // One thing, named by one or two of its synonyms.
      List<String> names = dice.pickDistinct(dice.pick(kind.things()), 2);
      this.noun = names.get(0);
      this.otherNoun = names.size() > 1 ? names.get(1) : null;
      this.adjective = dice.pick(kind.adjectives());
      // A style that repeats the adjective ("minimalist minimalist locket") says nothing more.
      List<String> otherStyles =
          kind.styles().stream().filter(style -> !sharesAWord(style, adjective)).toList();
      this.style = dice.pick(otherStyles.isEmpty() ? kind.styles() : otherStyles);
      this.colour = dice.pick(Words.COLOURS);
      this.era = dice.pick(Words.ERAS);
      // Lower case, as the catalogue stores materials and tags.
      this.materials =
          dice.pickDistinct(kind.materials(), dice.weighted(new int[] {0, 50, 35, 15})).stream()
              .map(material -> material.toLowerCase(Locale.ROOT))
              .toList();
    }

    String material() {
      return materials.get(0);
    }

    String title() {
      String title;
      if (vintage) {
        boolean old = Words.OLD_ERAS.contains(era);
        title =
            switch (dice.between(0, 4)) {
              case 0 -> "Vintage " + era + " " + material() + " " + noun;
              case 1 -> era + " " + style + " " + noun + ", " + material();
              case 2 -> "Vintage " + material() + " " + noun + also(" - " + era + " ", ", " + era);
              case 3 ->
                  old
                      ? "Antique " + material() + " " + noun + ", " + era
                      : "Retro " + era + " " + noun + also(" | vintage ", "");
              default -> adjective + " vintage " + noun + ", " + era + ", " + material();
            };
      } else {
        title =
            switch (dice.between(0, 5)) {
              case 0 -> adjective + " " + material() + " " + noun;
              case 1 -> adjective + " " + noun + " in " + material() + also(", " + style + " ", "");
              case 2 ->
                  material() + " " + noun + " - " + adjective + " " + style + also(" ", " style");
              case 3 -> adjective + " " + colour + " " + noun + ", " + material();
              case 4 ->
                  "Handmade "
                      + material()
                      + " "
                      + noun
                      + also(" | " + style + " ", "")
                      + " | "
                      + dice.pick(Words.OCCASIONS);
              default -> style + " " + noun + ", " + adjective + " " + material() + also(" ", "");
            };
      }
      title = withoutRepeatedWords(title);
      return capitalize(
          title.length() <= 140 ? title : title.substring(0, title.lastIndexOf(' ', 140)));
    }

    /**
     * The other name of the thing after {@code prefix} ("hoops, hoop earrings"), or {@code
     * otherwise} when the thing has only one name.
     */
    private String also(String prefix, String otherwise) {
      return otherNoun == null ? otherwise : prefix + otherNoun;
    }

    String description(Words.Place place, boolean oneOfAKind) {
      List<String> first = new ArrayList<>();
      List<String> second = new ArrayList<>();
      String materialList = listed(materials);
      String condition = dice.pick(Words.CONDITIONS);
      if (vintage) {
        first.add(
            switch (dice.between(0, 2)) {
              case 0 ->
                  "A genuine %s %s in %s condition, found at %s near %s."
                      .formatted(era, noun, condition, dice.pick(Words.SOURCES), place.city());
              case 1 ->
                  "This %s %s dates from %s and is in %s condition."
                      .formatted(adjective, noun, eraPhrase(), condition);
              default ->
                  "Found at %s near %s: %s %s %s from %s, in %s condition."
                      .formatted(
                          dice.pick(Words.SOURCES),
                          place.city(),
                          article(adjective),
                          adjective,
                          noun,
                          eraPhrase(),
                          condition);
            });
        first.add("Made of " + materialList + ".");
        first.add(detail());
        second.add(dice.pick(Words.FLAWS));
        second.add(
            oneOfAKind
                ? "Only one available: once it is gone, it is gone."
                : "We have a few of these in similar condition; the one you receive may differ"
                    + " slightly.");
      } else {
        first.add(
            switch (oneOfAKind ? dice.between(0, 1) : dice.between(0, 2)) {
              case 0 ->
                  "I made this %s %s by hand in my studio in %s, using %s."
                      .formatted(adjective, noun, place.city(), materialList);
              case 1 ->
                  "%s %s, %s %s made from %s and finished by hand in %s."
                      .formatted(
                          capitalize(article(adjective)),
                          adjective,
                          style,
                          noun,
                          materialList,
                          place.city());
              default ->
                  "Each %s is made in small batches in %s from %s."
                      .formatted(noun, place.city(), materialList);
            });
        first.add(detail());
        first.add(detail());
        second.add(
            oneOfAKind
                ? "This is a one-of-a-kind piece: there is only one, and once it is sold it is"
                    + " gone."
                : "Because every piece is made by hand, yours may vary slightly from the photos.");
      }
      second.add(dice.pick(category.care()));
      if (dice.chance(0.5)) {
        second.add(
            dice.pick(
                List.of(
                    "A thoughtful gift for someone who loves %s.".formatted(category.label()),
                    "Makes a lovely housewarming or birthday gift.",
                    "Gift wrapping is free: just add a note at checkout.",
                    "Treat yourself, or someone you love.")));
      }
      return String.join(" ", distinct(first)) + "\n\n" + String.join(" ", second);
    }

    /** "a", "a and b", "a, b and c". */
    private static String listed(List<String> words) {
      if (words.size() == 1) {
        return words.get(0);
      }
      return String.join(", ", words.subList(0, words.size() - 1))
          + " and "
          + words.get(words.size() - 1);
    }

    private static String article(String word) {
      return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private String eraPhrase() {
      return Character.isDigit(era.charAt(0)) ? "the " + era : "the " + era + " period";
    }

    private String detail() {
      return dice.pick(kind.details())
          .replace("{material}", material())
          .replace("{colour}", colour);
    }

    /**
     * 3 to 8 distinct tags, most specific first: what the item is, what it is made of, its style.
     */
    List<String> tags() {
      Set<String> candidates = new LinkedHashSet<>();
      candidates.add(noun);
      if (otherNoun != null) {
        candidates.add(otherNoun);
      }
      candidates.add(material());
      candidates.add(style);
      if (vintage) {
        candidates.add("vintage");
        candidates.add(era);
      } else {
        candidates.add("handmade");
      }
      candidates.add(colour);
      candidates.add(dice.pick(Words.OCCASIONS));
      candidates.add(adjective);
      candidates.add(category.label());
      int count = dice.between(3, 8);
      return candidates.stream()
          .map(tag -> tag.toLowerCase(Locale.ROOT))
          .filter(tag -> tag.length() <= 40)
          .distinct()
          .limit(count)
          .toList();
    }

    private static List<String> distinct(List<String> sentences) {
      return new ArrayList<>(new LinkedHashSet<>(sentences));
    }

    private static String capitalize(String text) {
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }
}
