package org.handmademarket.it.support;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed catalogue the relevance suite searches: about sixty listings in nine shops, written so
 * that each synonym, typo and ranking case has exactly one reason to match. Descriptions
 * deliberately avoid the synonyms the suite searches for, or a synonym case would prove nothing.
 *
 * <p>Listings are named by a short reference ({@code "sofa"}, {@code "ring-top-shop"}); {@link
 * #insert} returns the references with their ids.
 */
public final class RelevanceCatalogue {

  private RelevanceCatalogue() {}

  public static Map<String, Long> insert(TestCatalogue catalogue) throws SQLException {
    Map<String, Long> ids = new LinkedHashMap<>();
    long silverBirch = catalogue.shop("Silver Birch Studio", "silver-birch-studio", "4.90", 2400);
    long tinLantern = catalogue.shop("Tin Lantern", "tin-lantern", "3.10", 12);
    long parlour = catalogue.shop("Parlour & Co", "parlour-and-co", "4.60", 310);
    long kiln = catalogue.shop("Kiln & Cup", "kiln-and-cup", "4.70", 900);
    long woolly = catalogue.shop("Woolly Hollow", "woolly-hollow", "4.20", 150);
    long hide = catalogue.shop("Hide & Stitch", "hide-and-stitch", "4.40", 600);
    long paperMoth = catalogue.shop("Paper Moth", "paper-moth", "4.00", 80);
    long newMaker = catalogue.shop("First Light Pottery", "first-light-pottery", "0", 0);
    long suspended =
        catalogue.shop("Closed Curiosities", "closed-curiosities", "4.80", 500, "SUSPENDED");

    // Jewelry
    add(
        ids,
        catalogue,
        "moonstone-necklace",
        silverBirch,
        Listing.of("Sterling silver moonstone necklace")
            .in("necklaces")
            .price("65.00")
            .quantity(3)
            .tags("moonstone", "gift")
            .materials("silver")
            .description("A milky moonstone set in a silver bezel, on an 18 inch chain."));
    add(
        ids,
        catalogue,
        "gold-leaf-pendant",
        silverBirch,
        Listing.of("Gold leaf pendant")
            .in("necklaces")
            .price("48.00")
            .quantity(1)
            .tags("gold", "leaf")
            .description("A hammered leaf in gold fill, on a fine chain."));
    add(
        ids,
        catalogue,
        "pearl-choker",
        parlour,
        Listing.of("Freshwater pearl choker")
            .in("necklaces")
            .price("120.00")
            .quantity(1)
            .vintage()
            .tags("pearl", "1950s")
            .description("Hand-knotted pearls from the fifties with a silver clasp."));
    add(
        ids,
        catalogue,
        "hoop-earrings",
        silverBirch,
        Listing.of("Hammered silver hoop earrings")
            .in("earrings")
            .price("32.00")
            .quantity(5)
            .tags("hoops")
            .materials("silver")
            .description("Light everyday hoops, 25 mm across."));
    add(
        ids,
        catalogue,
        "stud-earrings",
        tinLantern,
        Listing.of("Turquoise stud earrings")
            .in("earrings")
            .price("22.00")
            .quantity(4)
            .tags("turquoise")
            .description("Small turquoise cabochons on sterling posts."));
    add(
        ids,
        catalogue,
        "ring-top-shop",
        silverBirch,
        Listing.of("Hammered silver stacking ring")
            .in("rings")
            .price("40.00")
            .quantity(2)
            .tags("stacking")
            .materials("silver")
            .description("A slim hammered band, made to size."));
    add(
        ids,
        catalogue,
        "ring-small-shop",
        tinLantern,
        Listing.of("Hammered silver stacking ring")
            .in("rings")
            .price("40.00")
            .quantity(2)
            .tags("stacking")
            .materials("silver")
            .description("A slim hammered band, made to size."));
    add(
        ids,
        catalogue,
        "friendship-bracelet",
        tinLantern,
        Listing.of("Beaded friendship bracelet")
            .in("bracelets")
            .price("12.00")
            .quantity(10)
            .tags("beads")
            .description("Glass seed beads on waxed cord."));
    add(
        ids,
        catalogue,
        "sold-out-cuff",
        tinLantern,
        Listing.of("Brass cuff bracelet")
            .in("bracelets")
            .price("28.00")
            .quantity(0)
            .tags("brass")
            .description("An open brass cuff with a brushed finish."));
    add(
        ids,
        catalogue,
        "sold-out-locket",
        silverBirch,
        Listing.of("Silver locket necklace")
            .in("necklaces")
            .price("75.00")
            .quantity(0)
            .materials("silver")
            .description("An oval silver locket that opens."));
    add(
        ids,
        catalogue,
        "draft-necklace",
        silverBirch,
        Listing.of("Silver bar necklace")
            .in("necklaces")
            .price("55.00")
            .quantity(4)
            .status("DRAFT")
            .materials("silver")
            .description("A brushed silver bar on a chain."));
    add(
        ids,
        catalogue,
        "suspended-necklace",
        suspended,
        Listing.of("Silver crystal necklace")
            .in("necklaces")
            .price("45.00")
            .quantity(2)
            .materials("silver")
            .description("A clear crystal on a silver chain."));

    // Vintage furniture
    add(
        ids,
        catalogue,
        "sofa",
        parlour,
        Listing.of("Green velvet sofa")
            .in("sofas")
            .price("899.00")
            .quantity(1)
            .vintage()
            .tags("living room", "mid century")
            .materials("velvet", "beech")
            .description(
                "Three seats, reupholstered in deep green velvet, on tapered beech legs."));
    add(
        ids,
        catalogue,
        "settee",
        parlour,
        Listing.of("Chesterfield leather settee")
            .in("sofas")
            .price("1450.00")
            .quantity(1)
            .vintage()
            .tags("leather", "buttoned")
            .materials("leather")
            .description("Deep-buttoned oxblood leather, two seats, from the 1970s."));
    add(
        ids,
        catalogue,
        "chest-of-drawers",
        parlour,
        Listing.of("Oak chest of drawers")
            .in("vintage-furniture")
            .price("320.00")
            .quantity(1)
            .vintage()
            .tags("bedroom")
            .materials("oak")
            .description("Four deep drawers with turned wooden knobs."));
    add(
        ids,
        catalogue,
        "coffee-table",
        parlour,
        Listing.of("Walnut coffee table")
            .in("tables")
            .price("275.00")
            .quantity(1)
            .vintage()
            .tags("walnut", "living room")
            .materials("walnut")
            .description("Low and oval, with a magazine shelf."));
    add(
        ids,
        catalogue,
        "rocking-chair",
        parlour,
        Listing.of("Bentwood rocking chair")
            .in("chairs")
            .price("180.00")
            .quantity(1)
            .vintage()
            .tags("bentwood")
            .description("Steam-bent beech with a woven cane seat."));
    add(
        ids,
        catalogue,
        "armchair",
        parlour,
        Listing.of("Rattan peacock armchair")
            .in("chairs")
            .price("210.00")
            .quantity(1)
            .vintage()
            .tags("rattan", "boho")
            .description("A tall fan back, woven by hand."));

    // Home decor and candles
    add(
        ids,
        catalogue,
        "cafe-candle",
        paperMoth,
        Listing.of("Café au lait soy candle")
            .in("candles")
            .price("18.00")
            .quantity(12)
            .tags("soy", "coffee")
            .description("Hand-poured soy wax scented with milky espresso."));
    add(
        ids,
        catalogue,
        "wall-hanging",
        woolly,
        Listing.of("Macramé wall hanging")
            .in("wall-decor")
            .price("55.00")
            .quantity(2)
            .tags("cotton cord")
            .description("Knotted natural cotton on a driftwood dowel."));
    add(
        ids,
        catalogue,
        "throw-pillow",
        woolly,
        Listing.of("Linen throw pillow")
            .in("textiles")
            .price("35.00")
            .quantity(4)
            .tags("linen", "bedroom")
            .materials("linen")
            .description("Stonewashed linen with a hidden zip."));
    add(
        ids,
        catalogue,
        "planter",
        kiln,
        Listing.of("Terracotta planter")
            .in("home-decor")
            .price("26.00")
            .quantity(5)
            .tags("terracotta", "garden")
            .description("Unglazed, with a drainage hole and saucer."));
    add(
        ids,
        catalogue,
        "lantern-lamp",
        tinLantern,
        Listing.of("Pierced tin lantern")
            .in("lighting")
            .price("38.00")
            .quantity(3)
            .tags("tin", "garden")
            .description("Throws a starry pattern by candlelight."));

    // Ceramics
    add(
        ids,
        catalogue,
        "stoneware-mug",
        kiln,
        Listing.of("Hand-thrown stoneware mug")
            .in("mugs")
            .price("28.00")
            .quantity(6)
            .tags("coffee", "tea")
            .materials("stoneware")
            .description("Holds 350 ml, dishwasher safe."));
    add(
        ids,
        catalogue,
        "coffee-cup",
        kiln,
        Listing.of("Speckled coffee cup")
            .in("mugs")
            .price("24.00")
            .quantity(3)
            .tags("speckled")
            .description("A small cup with an oatmeal glaze."));
    add(
        ids,
        catalogue,
        "serving-bowl",
        kiln,
        Listing.of("Blue glazed serving bowl")
            .in("bowls")
            .price("64.00")
            .quantity(2)
            .tags("blue", "kitchen")
            .description("Wide and shallow, for salads and fruit."));
    add(
        ids,
        catalogue,
        "bud-vase",
        kiln,
        Listing.of("Porcelain bud vase")
            .in("vases")
            .price("19.00")
            .quantity(8)
            .tags("porcelain", "flowers")
            .description("Fits a single stem."));
    add(
        ids,
        catalogue,
        "teapot",
        kiln,
        Listing.of("Teapot with bamboo handle")
            .in("ceramics")
            .price("85.00")
            .quantity(1)
            .tags("tea")
            .description("Brews four cups; the handle is replaceable."));
    add(
        ids,
        catalogue,
        "saucer-set",
        kiln,
        Listing.of("Espresso saucer set")
            .in("ceramics")
            .price("30.00")
            .quantity(4)
            .tags("espresso")
            .description("Four saucers that pair well with any ceramic mug."));
    add(
        ids,
        catalogue,
        "new-maker-mug",
        newMaker,
        Listing.of("Ceramic mug")
            .in("mugs")
            .price("26.00")
            .quantity(2)
            .tags("kitchen")
            .description("Wheel-thrown and glazed in white."));

    // Knitting and crochet
    add(
        ids,
        catalogue,
        "sweater",
        woolly,
        Listing.of("Chunky wool sweater")
            .in("sweaters")
            .price("140.00")
            .quantity(1)
            .tags("winter")
            .materials("wool")
            .description("Oversized, in undyed Shetland yarn."));
    add(
        ids,
        catalogue,
        "beanie",
        woolly,
        Listing.of("Cable beanie hat")
            .in("knitting")
            .price("30.00")
            .quantity(5)
            .tags("winter")
            .materials("wool")
            .description("A snug cable pattern with a folded brim."));
    add(
        ids,
        catalogue,
        "baby-blanket",
        woolly,
        Listing.of("Crochet baby blanket")
            .in("knitting")
            .price("60.00")
            .quantity(2)
            .tags("nursery")
            .materials("cotton")
            .description("Soft granny squares in pastel cotton."));
    add(
        ids,
        catalogue,
        "scarf",
        woolly,
        Listing.of("Merino wool scarf")
            .in("scarves")
            .price("45.00")
            .quantity(3)
            .tags("winter")
            .materials("merino")
            .description("Long and light, in forest green."));
    add(
        ids,
        catalogue,
        "mittens",
        woolly,
        Listing.of("Hand knitted mittens")
            .in("knitting")
            .price("25.00")
            .quantity(6)
            .tags("winter")
            .materials("wool")
            .description("Fair Isle pattern, lined with fleece."));

    // Leather goods and bags
    add(
        ids,
        catalogue,
        "wallet",
        hide,
        Listing.of("Hand-stitched leather wallet")
            .in("wallets")
            .price("55.00")
            .quantity(4)
            .tags("slim")
            .materials("leather")
            .description("Six card slots and a note pocket, saddle stitched."));
    add(
        ids,
        catalogue,
        "belt",
        hide,
        Listing.of("Leather belt with brass buckle")
            .in("belts")
            .price("42.00")
            .quantity(3)
            .materials("leather", "brass")
            .description("Vegetable-tanned, cut to your size."));
    add(
        ids,
        catalogue,
        "tote",
        hide,
        Listing.of("Leather tote bag")
            .in("bags")
            .price("150.00")
            .quantity(2)
            .materials("leather")
            .description("Roomy enough for a laptop, with an inner pocket."));
    add(
        ids,
        catalogue,
        "satchel",
        parlour,
        Listing.of("Vintage leather satchel")
            .in("bags")
            .price("95.00")
            .quantity(1)
            .vintage()
            .materials("leather")
            .description("A worn-in school satchel with two buckles."));
    add(
        ids,
        catalogue,
        "clutch",
        paperMoth,
        Listing.of("Embroidered clutch")
            .in("bags")
            .price("58.00")
            .quantity(2)
            .tags("embroidery")
            .description("Silk thread flowers on black velvet, with a clasp."));

    // Art and paper goods
    add(
        ids,
        catalogue,
        "art-print",
        paperMoth,
        Listing.of("Botanical art print")
            .in("prints")
            .price("25.00")
            .quantity(20)
            .tags("botanical", "fern")
            .description("A fern study on heavyweight matte paper."));
    add(
        ids,
        catalogue,
        "fox-painting",
        paperMoth,
        Listing.of("Watercolour fox painting")
            .in("paintings")
            .price("260.00")
            .quantity(1)
            .tags("fox", "animal")
            .description("An original on cold-pressed paper, framed."));
    add(
        ids,
        catalogue,
        "greeting-card",
        paperMoth,
        Listing.of("Letterpress greeting card")
            .in("paper-goods")
            .price("6.50")
            .quantity(50)
            .tags("birthday")
            .description("Printed on cotton paper, with an envelope."));
    add(
        ids,
        catalogue,
        "sketchbook",
        paperMoth,
        Listing.of("Leather-bound sketchbook journal")
            .in("paper-goods")
            .price("38.00")
            .quantity(4)
            .materials("leather", "paper")
            .description("Two hundred blank pages, stitched by hand."));

    // Toys, woodwork, wedding
    add(
        ids,
        catalogue,
        "teddy-bear",
        woolly,
        Listing.of("Handmade teddy bear")
            .in("toys")
            .price("45.00")
            .quantity(3)
            .tags("nursery")
            .materials("mohair")
            .description("Jointed arms and legs, glass eyes."));
    add(
        ids,
        catalogue,
        "puzzle",
        hide,
        Listing.of("Wooden puzzle")
            .in("toys")
            .price("22.00")
            .quantity(5)
            .tags("kids")
            .materials("birch plywood")
            .description("Twenty pieces in the shape of a whale."));
    add(
        ids,
        catalogue,
        "rag-doll",
        woolly,
        Listing.of("Rag doll with yellow dress")
            .in("toys")
            .price("35.00")
            .quantity(2)
            .tags("kids")
            .description("Stuffed with wool, embroidered face."));
    add(
        ids,
        catalogue,
        "chopping-board",
        hide,
        Listing.of("Olive wood chopping board")
            .in("woodwork")
            .price("48.00")
            .quantity(4)
            .tags("kitchen")
            .materials("olive wood")
            .description("Oiled, with a hanging loop."));
    add(
        ids,
        catalogue,
        "veil",
        paperMoth,
        Listing.of("Lace bridal veil")
            .in("wedding")
            .price("180.00")
            .quantity(1)
            .tags("lace", "bride")
            .description("Chapel length, with a scalloped edge."));
    add(
        ids,
        catalogue,
        "cake-topper",
        paperMoth,
        Listing.of("Personalised cake topper")
            .in("wedding")
            .price("30.00")
            .quantity(10)
            .tags("names")
            .description("Your names cut from gold mirror acrylic."));
    return ids;
  }

  private static void add(
      Map<String, Long> ids, TestCatalogue catalogue, String ref, long shop, Listing listing)
      throws SQLException {
    ids.put(ref, catalogue.listing(shop, listing));
  }
}
