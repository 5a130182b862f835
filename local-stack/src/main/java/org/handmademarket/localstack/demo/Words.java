package org.handmademarket.localstack.demo;

import static org.handmademarket.localstack.demo.CategoryVocabularies.words;

import java.util.List;

/** Words shared by every category: people, places, colours, eras, and the parts of shop names. */
final class Words {

  private Words() {}

  /** A city and its country, as a shop's location shows them. */
  record Place(String city, String country) {}

  static final List<String> FIRST_NAMES =
      words(
          "Ava|Ben|Chloe|Daniel|Elena|Felix|Grace|Hugo|Isla|Jonah|Kira|Leo|Maya|Noah|Olive|Priya|Quinn|"
              + "Rosa|Sam|Tessa|Umar|Vera|Wes|Yara|Zoe|Amara|Bruno|Clara|Dev|Esme|Finn|Greta|Hana|Ines|Jules|"
              + "Kai|Lena|Marco|Nell|Otto|Pia|Ravi|Sofia|Theo|Uma|Vik|Willa|Ximena|Yusuf|Zara|Astrid|Bea|"
              + "Cormac|Dalia|Emil|Freya|Gus|Hattie|Ivo|Juno|Lars|Mira|Nico|Orla|Pablo|Rhea|Silas|Tova");

  static final List<String> LAST_NAMES =
      words(
          "Abbott|Bianchi|Carter|Dubois|Eriksen|Fischer|Garcia|Hughes|Ibarra|Jansen|Kowalski|Larsen|"
              + "Moreau|Nakamura|Okafor|Patel|Quinlan|Rossi|Schmidt|Tanaka|Underwood|Varga|Whitlock|Yilmaz|"
              + "Zimmer|Andersson|Brennan|Costa|Delgado|Ellis|Fontaine|Greene|Haddad|Ivanova|Jovanovic|Keller|"
              + "Lindqvist|Murphy|Novak|Oliveira|Park|Reyes|Silva|Thompson|Vasquez|Walsh|Young|Hale|Marsh|Vance");

  static final List<Place> PLACES =
      List.of(
          new Place("Portland", "United States"),
          new Place("Asheville", "United States"),
          new Place("Brooklyn", "United States"),
          new Place("Austin", "United States"),
          new Place("Santa Fe", "United States"),
          new Place("Minneapolis", "United States"),
          new Place("Pittsburgh", "United States"),
          new Place("Detroit", "United States"),
          new Place("Savannah", "United States"),
          new Place("Burlington", "United States"),
          new Place("Oakland", "United States"),
          new Place("Nashville", "United States"),
          new Place("Denver", "United States"),
          new Place("Seattle", "United States"),
          new Place("Chicago", "United States"),
          new Place("Hudson", "United States"),
          new Place("Toronto", "Canada"),
          new Place("Montréal", "Canada"),
          new Place("Halifax", "Canada"),
          new Place("Vancouver", "Canada"),
          new Place("Bristol", "United Kingdom"),
          new Place("Brighton", "United Kingdom"),
          new Place("Edinburgh", "United Kingdom"),
          new Place("Manchester", "United Kingdom"),
          new Place("Cornwall", "United Kingdom"),
          new Place("Dublin", "Ireland"),
          new Place("Galway", "Ireland"),
          new Place("Lyon", "France"),
          new Place("Marseille", "France"),
          new Place("Nantes", "France"),
          new Place("Berlin", "Germany"),
          new Place("Leipzig", "Germany"),
          new Place("Hamburg", "Germany"),
          new Place("Amsterdam", "Netherlands"),
          new Place("Utrecht", "Netherlands"),
          new Place("Antwerp", "Belgium"),
          new Place("Copenhagen", "Denmark"),
          new Place("Aarhus", "Denmark"),
          new Place("Stockholm", "Sweden"),
          new Place("Gothenburg", "Sweden"),
          new Place("Oslo", "Norway"),
          new Place("Helsinki", "Finland"),
          new Place("Kraków", "Poland"),
          new Place("Prague", "Czechia"),
          new Place("Vienna", "Austria"),
          new Place("Lisbon", "Portugal"),
          new Place("Porto", "Portugal"),
          new Place("Barcelona", "Spain"),
          new Place("Valencia", "Spain"),
          new Place("Florence", "Italy"),
          new Place("Bologna", "Italy"),
          new Place("Athens", "Greece"),
          new Place("Melbourne", "Australia"),
          new Place("Hobart", "Australia"),
          new Place("Wellington", "New Zealand"),
          new Place("Kyoto", "Japan"),
          new Place("Mexico City", "Mexico"),
          new Place("Oaxaca", "Mexico"),
          new Place("Cape Town", "South Africa"),
          new Place("Buenos Aires", "Argentina"));

  static final List<String> COLOURS =
      words(
          "sage green|terracotta|ochre|navy|cream|charcoal|dusty rose|mustard|forest green|rust|ivory|"
              + "teal|plum|oatmeal|slate blue|coral|olive|burgundy|sand|black|white|indigo|blush|moss green|"
              + "cobalt blue|amber|lilac|chocolate brown");

  /** Eras of vintage items; the ones before 1930 make a listing "antique". */
  static final List<String> ERAS =
      words(
          "1950s|1960s|1970s|1980s|1990s|1960s|1970s|mid-century|1940s|1930s|art deco|victorian|edwardian");

  static final List<String> OLD_ERAS = words("1930s|art deco|victorian|edwardian");

  static final List<String> CONDITIONS =
      words(
          "excellent vintage|very good vintage|good vintage|lovely original|well-loved but sturdy");

  static final List<String> FLAWS =
      words(
          "Light wear consistent with age; please see every photo.|"
              + "A tiny mark on the back, shown in the last photo.|"
              + "No chips, cracks or repairs.|"
              + "Some patina, which we have left as it is.|"
              + "Small signs of use that add to its character.|"
              + "Cleaned and checked, ready to use.");

  static final List<String> SOURCES =
      words(
          "an estate sale|a country auction|a flea market|a house clearance|a private collection|"
              + "a family attic|a closing shop");

  static final List<String> OCCASIONS =
      words(
          "birthday gift|gift for her|housewarming gift|anniversary gift|mothers day gift|wedding gift|"
              + "christmas gift|gift for mom|gift for friend|gift idea");

  // Parts of shop names.
  static final List<String> NATURE =
      words(
          "Willow|Moss|Fern|Juniper|Sparrow|Hazel|Birch|Clover|Sage|Marigold|Thistle|Bramble|Oak|Pine|"
              + "Wren|Robin|Heron|Ivy|Honey|Salt|Copper|Indigo|Saffron|Rowan|Elm|Cedar|Poppy|Lark|Otter|Fox|"
              + "Magpie|Finch|Meadow|River|Harbor|Tide|Bluebell|Nettle|Quince|Heather|Aspen|Dune|Fjord|Cove");

  static final List<String> LITTLE =
      words(
          "Little|Brass|Crooked|Quiet|Wandering|Golden|Velvet|Humble|Wild|Blue|Tiny|Happy|Paper|Painted|"
              + "Lucky|Sleepy|Rusty|Silver|Hidden|Northern|Sunny|Stray|Gentle|Merry");

  static final List<String> ANIMALS =
      words(
          "Fox|Owl|Hare|Wren|Heron|Bear|Moth|Otter|Crow|Badger|Swallow|Deer|Magpie|Finch|Whale|Rabbit|"
              + "Robin|Lynx|Beetle|Bee");

  static final List<String> PLACE_WORDS =
      words("Workshop|Studio|Atelier|Workroom|House|Barn|Loft|Shed|Corner|Cabin|Mill");

  static final List<String> VINTAGE_PREFIXES =
      words(
          "Rust Belt|Old Mill|Back Porch|Dusty Road|Second Street|Ironwood|Tin Roof|Flea Market|Magpie|"
              + "Hollow Oak|Salvage Yard|Attic Door|Penny Lane|Old Town|Found Object|Cabinet of|Parlour|Route 66|"
              + "Grandma's|Moth & Rust|Time Worn|Yesteryear|Junk Drawer|Rag & Bone");

  /** The prefixes that make sense outside the United States (no Rust Belt in Lyon). */
  static final List<String> VINTAGE_PREFIXES_ANYWHERE =
      VINTAGE_PREFIXES.stream()
          .filter(prefix -> !prefix.equals("Rust Belt") && !prefix.equals("Route 66"))
          .toList();

  /** A country as the middle of a sentence names it: "within the United States". */
  static String countryName(String country) {
    return switch (country) {
      case "United States", "United Kingdom", "Netherlands" -> "the " + country;
      default -> country;
    };
  }

  static final List<String> VINTAGE_NOUNS =
      words(
          "Relics|Finds|Vintage|Antiques|Salvage|Attic|Curiosities|Emporium|Trading Post|Mercantile|"
              + "Goods|Collective|Treasures");
}
