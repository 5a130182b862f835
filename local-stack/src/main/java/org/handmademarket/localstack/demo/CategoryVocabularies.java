package org.handmademarket.localstack.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * The vocabulary of every category of the taxonomy in V2__category_taxonomy.sql: which kinds of
 * items each sells, with the words, prices and photo motifs of each. Ids and slugs must match the
 * migration; the integration test checks that every category is used.
 *
 * <p>Prices are what such items really sell for on handmade marketplaces (earrings $12-$80, a
 * vintage sofa $300-$2,500), so that price filters and sorting behave as they would with real data.
 */
final class CategoryVocabularies {

  private CategoryVocabularies() {}

  static final List<CategoryVocabulary> ALL =
      List.of(
          jewelry(),
          homeDecor(),
          clothing(),
          art(),
          ceramics(),
          leatherGoods(),
          knitting(),
          toys(),
          vintageFurniture(),
          candles(),
          paperGoods(),
          woodwork(),
          bags(),
          wedding());

  /** Every kind of item of every category, in a fixed order. */
  static final List<ItemKind> KINDS =
      ALL.stream().flatMap(category -> category.kinds().stream()).toList();

  private static CategoryVocabulary jewelry() {
    List<String> metals =
        words(
            "sterling silver|14k gold fill|recycled silver|brass|copper|rose gold fill|solid 9ct gold");
    List<String> stones =
        words(
            "moonstone|labradorite|turquoise|freshwater pearl|rose quartz|garnet|amethyst|opal|enamel|citrine");
    List<String> metalsAndStones = concat(metals, stones);
    List<String> adjectives =
        words(
            "dainty|minimalist|hammered|delicate|bold|textured|layered|tiny|chunky|organic|sculptural|"
                + "polished|oxidized|hand-forged|everyday");
    List<String> styles =
        words(
            "boho|art deco|minimalist|celestial|botanical|geometric|victorian|cottagecore|statement|modern");
    return new CategoryVocabulary(
        1,
        "jewelry",
        "jewelry",
        15,
        0.34,
        List.of(
            kind(
                101,
                "necklaces",
                5,
                words(
                    "necklace|pendant necklace|pendant|choker|locket|chain necklace|bar necklace"),
                adjectives,
                metalsAndStones,
                styles,
                words(
                    "The chain is {material}, 45 cm (18 in) long with a 5 cm extender.|"
                        + "The pendant is about 12 mm across: small enough to wear every day, big enough to notice.|"
                        + "It layers well with a longer chain.|"
                        + "Finished with a spring-ring clasp and a tiny {material} tag."),
                18,
                180,
                Motif.NECKLACE),
            kind(
                102,
                "earrings",
                5,
                words(
                    "earrings|stud earrings|studs|hoops|hoop earrings|drop earrings|dangle earrings|huggie hoops"),
                adjectives,
                metalsAndStones,
                styles,
                words(
                    "The posts and backs are {material}, kind to sensitive ears.|"
                        + "Lightweight enough to wear all day.|"
                        + "The hoops are 15 mm across and close with a hinged click.|"
                        + "They drop about 3 cm from the lobe."),
                12,
                80,
                Motif.EARRINGS),
            kind(
                103,
                "rings",
                3,
                words(
                    "ring|stacking ring|signet ring|band|statement ring|cocktail ring|pinky ring"),
                adjectives,
                metalsAndStones,
                styles,
                words(
                    "Made to order in US sizes 4 to 12, including half sizes.|"
                        + "The band is 2 mm wide and comfortable on its own or stacked.|"
                        + "The stone is bezel-set so it sits low and does not catch.|"
                        + "Engraving on the inside is free: leave the text in the order note."),
                20,
                350,
                Motif.RING),
            kind(
                104,
                "bracelets",
                3,
                words(
                    "bracelet|bangle|cuff|cuff bracelet|charm bracelet|beaded bracelet|chain bracelet"),
                adjectives,
                metalsAndStones,
                styles,
                words(
                    "Fits wrists from 15 to 18 cm; ask for a custom length.|"
                        + "The cuff is gently adjustable.|"
                        + "Each bead is strung on strong, stretchy cord and knotted twice.|"
                        + "The {material} has a soft brushed finish."),
                15,
                150,
                Motif.BRACELET),
            kind(
                1,
                "jewelry",
                2,
                words("brooch|pin|hair clip|anklet|cufflinks|tie clip|hair pin"),
                adjectives,
                metalsAndStones,
                styles,
                words(
                    "Sturdy pin back with a safety catch.|"
                        + "Hand-painted {colour} enamel, sealed to last.|"
                        + "About 4 cm wide.|"
                        + "Arrives in a small recycled gift box."),
                15,
                120,
                Motif.BROOCH)),
        words("Gem|Silver|Gold|Pearl|Thread|Stone|Moon|Star|Ore|Flint"),
        words("Jewelry|Jewellery|Metalworks|Goldsmiths|Adornments|Silverworks"),
        words(
            "Everyday jewelry, hand-forged in {city}|Small-batch silver and gold, made to be worn daily|"
                + "Recycled metals, ethically sourced stones, made in {city}|"
                + "Little heirlooms for everyday wear|Minimal jewelry from a one-woman studio in {city}"),
        words(
            "Store it dry and away from perfume to keep the shine.|"
                + "A soft polishing cloth brings back the shine.|"
                + "Take it off before swimming or showering."));
  }

  private static CategoryVocabulary homeDecor() {
    List<String> adjectives =
        words(
            "cozy|rustic|modern|woven|hand-dyed|textured|oversized|soft|earthy|bright|scandinavian|"
                + "farmhouse|coastal|handwoven|sculptural");
    List<String> styles =
        words(
            "boho|mid-century|farmhouse|japandi|coastal|scandinavian|cottagecore|modern rustic|wabi-sabi");
    return new CategoryVocabulary(
        2,
        "home-decor",
        "home decor",
        11,
        0.38,
        List.of(
            kind(
                201,
                "wall-decor",
                3,
                words(
                    "wall hanging|macrame wall hanging|tapestry|wall art|mirror|round mirror|wall clock|wall plate"),
                adjectives,
                words("cotton rope|wool|driftwood|oak|brass|jute|rattan|linen|ceramic"),
                styles,
                words(
                    "Hangs from a {material} dowel; ready to hang.|About 60 cm wide and 90 cm long.|"
                        + "Every knot is tied by hand, so no two are the same.|"
                        + "Warm {colour} tones that sit well with natural wood."),
                25,
                260,
                Motif.WALL_HANGING),
            kind(
                202,
                "textiles",
                3,
                words(
                    "throw pillow|cushion cover|pillow cover|throw blanket|quilt|table runner|tea towel"),
                adjectives,
                words("linen|cotton|wool|velvet|hemp|organic cotton|mohair|block-printed cotton"),
                styles,
                words(
                    "Cover only, 45 x 45 cm, with a hidden zip.|Block-printed by hand with {colour} ink.|"
                        + "Pre-washed, so it is soft from day one and will not shrink.|"
                        + "Woven on a floor loom in {colour} and cream."),
                18,
                320,
                Motif.PILLOW),
            kind(
                203,
                "lighting",
                2,
                words("table lamp|lamp|pendant light|lampshade|lamp shade|wall sconce|night light"),
                adjectives,
                words("ceramic|brass|rattan|linen|walnut|glass|paper|oak"),
                styles,
                words(
                    "Wired for E27 bulbs with a 2 m fabric cord and inline switch.|"
                        + "The shade is 35 cm across and casts a warm, diffused light.|"
                        + "Bulb not included; use an LED bulb up to 40 W.|"
                        + "The base is {material}, finished in {colour}."),
                35,
                450,
                Motif.LAMP),
            kind(
                2,
                "home-decor",
                2,
                words(
                    "planter|plant pot|basket|storage basket|candle holder|bookends|trinket dish|doorstop"),
                adjectives,
                words("terracotta|concrete|seagrass|rattan|brass|ceramic|jute|recycled glass"),
                styles,
                words(
                    "Fits a 12 cm nursery pot; drainage hole and saucer included.|"
                        + "Woven by hand from {material}.|Sturdy enough for books, light enough to move around.|"
                        + "Finished in a matte {colour}."),
                15,
                120,
                Motif.PLANTER)),
        words("Moss|Linen|Hearth|Loom|Nest|Fern|Willow|Oak|Ember|Thistle"),
        words("Home|Interiors|Homewares|Home Goods|Living|Decor"),
        words(
            "Slow-made homewares from {city}|Things to make a house feel like home|"
                + "Natural materials, made by hand in {city}|Handwoven textiles and quiet objects"),
        words(
            "Spot clean with a damp cloth.|Keep out of strong direct sunlight to protect the colour.|"
                + "Dust gently; do not soak."));
  }

  private static CategoryVocabulary clothing() {
    List<String> adjectives =
        words(
            "flowy|relaxed|cropped|oversized|fitted|lightweight|cozy|tailored|breezy|soft|hand-dyed|patterned");
    List<String> styles =
        words("boho|prairie|cottagecore|minimalist|retro|workwear|romantic|streetwear|classic");
    return new CategoryVocabulary(
        3,
        "clothing",
        "clothing",
        10,
        0.48,
        List.of(
            kind(
                301,
                "dresses",
                3,
                words(
                    "dress|midi dress|wrap dress|slip dress|sundress|maxi dress|tea dress|shirt dress"),
                adjectives,
                words("linen|cotton|silk|rayon|wool crepe|cotton voile|velvet|organic cotton"),
                styles,
                words(
                    "Made to order in sizes XS to 3XL; see the size chart in the photos.|"
                        + "Deep side pockets, because every dress needs them.|"
                        + "The {material} softens beautifully with every wash.|"
                        + "Shown in {colour}; other colours on request."),
                45,
                260,
                Motif.DRESS),
            kind(
                302,
                "sweaters",
                2,
                words("sweater|jumper|cardigan|pullover|turtleneck|knit sweater"),
                adjectives,
                words("merino wool|alpaca|mohair|cotton|cashmere|lambswool|shetland wool"),
                styles,
                words(
                    "Knitted in {material} in a relaxed, slightly oversized fit.|"
                        + "Hand wash cold and dry flat.|The ribbed cuffs and hem keep their shape.|"
                        + "A warm {colour} that goes with everything."),
                40,
                240,
                Motif.SWEATER),
            kind(
                303,
                "scarves",
                2,
                words("scarf|shawl|wrap|bandana|neckerchief|silk scarf"),
                adjectives,
                words("silk|wool|linen|cashmere|cotton|alpaca|merino wool"),
                styles,
                words(
                    "About 180 x 30 cm with hand-twisted fringes.|Hand-dyed with plant dyes in {colour}.|"
                        + "Light enough for spring, warm enough for autumn.|Hand-rolled edges."),
                18,
                140,
                Motif.SCARF),
            kind(
                3,
                "clothing",
                2,
                words("denim jacket|jacket|linen shirt|blouse|kimono|apron|overalls|skirt"),
                adjectives,
                words("denim|linen|cotton|corduroy|wool|canvas|silk"),
                styles,
                words(
                    "Cut and sewn in our studio from deadstock {material}.|Generous pockets and sturdy seams.|"
                        + "True to size; the model is 170 cm and wears a size S.|Machine wash cold, line dry."),
                30,
                220,
                Motif.SHIRT)),
        words("Thread|Linen|Needle|Bobbin|Cotton|Silk|Seam|Indigo|Button|Pleat"),
        words("Clothing|Apparel|Atelier|Garments|Tailoring|Sewing Room"),
        words(
            "Slow fashion, cut and sewn in {city}|Made-to-order clothing in natural fibres|"
                + "Everyday clothes that last for years|Small-batch garments from a tiny atelier in {city}"),
        words(
            "Wash cold and dry flat to keep its shape.|Iron on a low setting while slightly damp.|"
                + "Wash inside out with similar colours."));
  }

  private static CategoryVocabulary art() {
    List<String> adjectives =
        words(
            "original|abstract|moody|colorful|minimalist|vibrant|serene|whimsical|bold|expressive|atmospheric");
    List<String> styles =
        words(
            "abstract|impressionist|botanical|landscape|coastal|mid-century|folk art|contemporary|japanese");
    return new CategoryVocabulary(
        4,
        "art",
        "art",
        9,
        0.24,
        List.of(
            kind(
                401,
                "prints",
                4,
                words(
                    "art print|print|giclée print|linocut print|screen print|risograph print|poster|botanical print"),
                adjectives,
                words(
                    "archival paper|cotton rag paper|recycled paper|watercolour paper|japanese paper"),
                styles,
                words(
                    "Printed on 300 gsm {material} with archival inks; frame not included.|"
                        + "Available in A4, A3 and A2.|Signed and numbered, from an edition of 50.|"
                        + "Shipped flat between card, never rolled."),
                15,
                120,
                Motif.FRAMED_PRINT),
            kind(
                402,
                "paintings",
                3,
                words(
                    "oil painting|painting|watercolor painting|acrylic painting|landscape painting|"
                        + "miniature painting|gouache painting"),
                adjectives,
                words(
                    "oil on canvas|acrylic on canvas|watercolour|gouache|oil on linen|acrylic on wood panel"),
                styles,
                words(
                    "Painted in {material}, 40 x 50 cm, sides painted so it can hang unframed.|"
                        + "Signed on the front and dated on the back.|"
                        + "Layers of {colour} built up over several weeks.|Comes with a certificate of authenticity."),
                60,
                1800,
                Motif.PAINTING),
            kind(
                4,
                "art",
                2,
                words(
                    "sculpture|collage|pencil drawing|photograph|embroidery hoop art|wall sculpture"),
                adjectives,
                words("bronze|paper|clay|cotton thread|charcoal|plaster|driftwood|stoneware"),
                styles,
                words(
                    "One of a kind and signed by the artist.|About 25 cm tall.|"
                        + "Stitched by hand in {colour} and gold thread.|Sealed to protect it from dust and light."),
                40,
                600,
                Motif.SCULPTURE)),
        words("Canvas|Ink|Easel|Brush|Pigment|Paper|Frame|Linen|Ochre|Umber"),
        words("Art|Studio|Prints|Gallery|Art House|Press"),
        words(
            "Original paintings and prints from {city}|Art for walls that need a story|"
                + "Prints made by hand, one pull at a time|Colourful art from a small studio in {city}"),
        words(
            "Keep out of direct sunlight to protect the colours.|Frame behind UV glass for the longest life.|"
                + "Handle the paper with clean, dry hands."));
  }

  private static CategoryVocabulary ceramics() {
    List<String> adjectives =
        words(
            "speckled|hand-thrown|wheel-thrown|rustic|glossy|matte|organic|minimalist|handmade|chunky|"
                + "textured|tall|small");
    List<String> glazes =
        words(
            "stoneware|porcelain|speckled stoneware|earthenware|terracotta|raku|stoneware clay|celadon");
    List<String> styles =
        words("japanese|scandinavian|wabi-sabi|rustic|modern|farmhouse|minimalist|mid-century");
    return new CategoryVocabulary(
        5,
        "ceramics",
        "ceramics",
        8,
        0.34,
        List.of(
            kind(
                501,
                "mugs",
                4,
                words("mug|coffee mug|cup|teacup|tea cup|tumbler|espresso cup|latte mug"),
                adjectives,
                glazes,
                styles,
                words(
                    "Holds about 350 ml (12 oz).|Dishwasher and microwave safe.|"
                        + "A comfortable handle that fits three fingers.|"
                        + "Glazed in {colour} over raw {material}, so every one is a little different."),
                22,
                65,
                Motif.MUG),
            kind(
                502,
                "bowls",
                3,
                words(
                    "bowl|serving bowl|ramen bowl|salad bowl|cereal bowl|nesting bowls|fruit bowl"),
                adjectives,
                glazes,
                styles,
                words(
                    "About 16 cm across and 7 cm deep: right for soup, noodles or salad.|"
                        + "Food safe, dishwasher safe.|The unglazed foot shows the raw {material}.|"
                        + "Glazed in a pooling {colour}."),
                20,
                160,
                Motif.BOWL),
            kind(
                503,
                "vases",
                3,
                words("vase|bud vase|flower vase|jug|amphora|bottle vase"),
                adjectives,
                glazes,
                styles,
                words(
                    "Watertight, for fresh or dried flowers.|About 20 cm tall.|"
                        + "Wheel-thrown in {material} and glazed in {colour}.|"
                        + "Lovely on its own, better in a group of three."),
                25,
                220,
                Motif.VASE),
            kind(
                5,
                "ceramics",
                2,
                words("plate|dinner plate|side plate|teapot|pitcher|butter dish|serving platter"),
                adjectives,
                glazes,
                styles,
                words(
                    "Oven, microwave and dishwasher safe.|Made from {material} fired to 1260 °C.|"
                        + "Glazed in {colour} with a raw, unglazed rim.|Sold individually; sets on request."),
                20,
                180,
                Motif.TEAPOT)),
        words("Clay|Kiln|Glaze|Stone|Slip|Ash|Salt|Earth|Flint|Ember"),
        words("Ceramics|Pottery|Clay Co.|Stoneware|Clayworks|Pots"),
        words(
            "Wheel-thrown pottery for everyday rituals|Small-batch stoneware for slow mornings|"
                + "Functional ceramics made in {city}|Pots for tables that get used|"
                + "Hand-thrown tableware from a tiny studio in {city}"),
        words(
            "Dishwasher safe, but hand washing keeps the glaze bright longer.|"
                + "Avoid sudden temperature changes.|Microwave safe."));
  }

  private static CategoryVocabulary leatherGoods() {
    List<String> adjectives =
        words(
            "slim|minimalist|rugged|hand-stitched|personalized|classic|sturdy|full-grain|soft|durable");
    List<String> leathers =
        words(
            "full-grain leather|vegetable-tanned leather|italian leather|horween leather|suede|"
                + "bridle leather|waxed canvas");
    List<String> styles = words("classic|minimalist|rugged|heritage|modern|western|utilitarian");
    return new CategoryVocabulary(
        6,
        "leather-goods",
        "leather goods",
        5,
        0.3,
        List.of(
            kind(
                601,
                "wallets",
                3,
                words(
                    "wallet|bifold wallet|card holder|card wallet|coin purse|billfold|money clip wallet"),
                adjectives,
                leathers,
                styles,
                words(
                    "Holds 6 to 8 cards and folded notes.|Saddle-stitched by hand with waxed linen thread.|"
                        + "The {material} darkens into a rich patina with use.|"
                        + "Free monogram: add up to three initials at checkout."),
                30,
                160,
                Motif.WALLET),
            kind(
                602,
                "belts",
                2,
                words("belt|leather belt|dress belt|belt strap|western belt"),
                adjectives,
                leathers,
                styles,
                words(
                    "38 mm wide, cut from a single strip of {material}.|"
                        + "Solid brass buckle held by a Chicago screw, so it can be swapped.|"
                        + "Made to your waist size.|Edges burnished by hand."),
                35,
                180,
                Motif.BELT),
            kind(
                6,
                "leather-goods",
                2,
                words(
                    "keychain|key fob|passport cover|notebook cover|journal cover|watch strap|dog collar|guitar strap"),
                adjectives,
                leathers,
                styles,
                words(
                    "Cut, dyed and stitched by hand.|Fits a standard A5 notebook.|"
                        + "Finished with {colour} edges and brass hardware.|"
                        + "Personalise it with an embossed name."),
                15,
                140,
                Motif.NOTEBOOK)),
        words("Hide|Saddle|Buckle|Stitch|Tack|Tan|Strap|Anvil|Awl|Brass"),
        words("Leather|Leatherworks|Leather Co.|Saddlery|Goods"),
        words(
            "Hand-stitched leather goods that age well|Leather made to last decades, in {city}|"
                + "Everyday carry, cut and stitched by hand|Small-batch leathercraft from {city}"),
        words(
            "Condition once or twice a year with a leather balm.|Let it dry naturally if it gets wet.|"
                + "The leather will darken and soften with use."));
  }

  private static CategoryVocabulary knitting() {
    List<String> adjectives =
        words(
            "chunky|cozy|hand-knit|crochet|soft|warm|slouchy|cable knit|fair isle|textured|pastel");
    List<String> yarns =
        words(
            "merino wool|alpaca|chunky wool|cotton yarn|mohair|hand-dyed wool|acrylic-free wool|bamboo yarn");
    return new CategoryVocabulary(
        7,
        "knitting",
        "knits",
        5,
        0.08,
        List.of(
            kind(
                7,
                "knitting",
                1,
                words(
                    "beanie|hat|mittens|socks|baby blanket|blanket|cowl|headband|crochet bag|skein of hand-dyed yarn"),
                adjectives,
                yarns,
                words("nordic|fair isle|cable knit|granny square|minimalist|retro|cottagecore"),
                words(
                    "Knitted by hand in {material}.|One size fits most adults.|"
                        + "Hand wash in cool water and dry flat.|A warm {colour}, soft against the skin."),
                15,
                220,
                Motif.YARN)),
        words("Yarn|Wool|Stitch|Purl|Skein|Loop|Needle|Fleece|Hook|Knot"),
        words("Knits|Knitwear|Yarns|Crochet|Fibre Co.|Handknits"),
        words(
            "Cozy things knitted by hand in {city}|Hand-dyed yarn and slow knits|"
                + "Warm hats and blankets, one stitch at a time|Crochet and knitwear from {city}"),
        words(
            "Hand wash cold and dry flat.|Store folded, never on a hanger.|Remove any pilling gently with a sweater comb."));
  }

  private static CategoryVocabulary toys() {
    List<String> adjectives =
        words(
            "wooden|soft|plush|colorful|classic|heirloom|eco-friendly|handmade|tiny|sweet|montessori");
    List<String> materials =
        words(
            "beech wood|maple|organic cotton|felt|wool felt|linen|tin|non-toxic paint|recycled cotton");
    return new CategoryVocabulary(
        8,
        "toys",
        "toys",
        5,
        0.33,
        List.of(
            kind(
                8,
                "toys",
                1,
                words(
                    "wooden toy|teddy bear|rag doll|plush toy|stuffed animal|wooden train|puzzle|board game|"
                        + "building blocks|rocking horse|doll house|tin toy"),
                adjectives,
                materials,
                words("montessori|waldorf|scandinavian|retro|folk|classic"),
                words(
                    "Finished with non-toxic, child-safe paint.|Suitable from 3 years.|"
                        + "Filled with soft, washable stuffing.|Made of {material} in {colour} and natural."),
                15,
                240,
                Motif.TEDDY)),
        words("Acorn|Button|Pebble|Marble|Kite|Bear|Robin|Fox|Top|Whistle"),
        words("Toys|Toy Co.|Playthings|Toymakers|Toy Workshop"),
        words(
            "Heirloom toys made to be handed down|Wooden toys and soft friends from {city}|"
                + "Slow, simple toys for curious kids|Playthings made by hand in {city}"),
        words(
            "Wipe clean with a damp cloth.|Not suitable for children under 3: small parts.|"
                + "Surface wash only."));
  }

  private static CategoryVocabulary vintageFurniture() {
    List<String> adjectives =
        words(
            "mid-century|restored|solid|original|sculptural|low|curved|sturdy|elegant|rare|danish|"
                + "reupholstered|channel-tufted");
    List<String> woods =
        words(
            "teak|walnut|oak|rosewood|cherry|pine|mahogany|rattan|bentwood|chrome|velvet|leather|bouclé");
    List<String> styles =
        words(
            "mid-century modern|danish modern|art deco|bauhaus|hollywood regency|victorian|"
                + "space age|shaker|postmodern|farmhouse");
    return new CategoryVocabulary(
        9,
        "vintage-furniture",
        "furniture",
        6,
        0.9,
        List.of(
            kind(
                901,
                "chairs",
                3,
                words(
                    "armchair|dining chair|lounge chair|side chair|rocking chair|stool|bar stool|accent chair"),
                adjectives,
                woods,
                styles,
                words(
                    "Seat height 44 cm.|The frame is solid {material} and completely sound.|"
                        + "Reupholstered in {colour} fabric.|Sold as a single chair; a pair is available."),
                120,
                1800,
                Motif.CHAIR),
            kind(
                902,
                "sofas",
                3,
                words("sofa|couch|settee|loveseat|chesterfield|daybed|sectional sofa"),
                adjectives,
                woods,
                styles,
                words(
                    "Three-seater, 210 cm wide and 85 cm deep.|"
                        + "New foam and webbing, re-covered in {colour} upholstery.|"
                        + "The {material} legs have been cleaned and oiled.|"
                        + "Seats are firm but comfortable; no sagging."),
                300,
                2500,
                Motif.SOFA),
            kind(
                903,
                "tables",
                3,
                words(
                    "coffee table|side table|dining table|console table|nightstand|desk|end table"),
                adjectives,
                woods,
                styles,
                words(
                    "Solid {material} with a hand-rubbed oil finish.|Seats six comfortably.|"
                        + "Minor surface marks consistent with age.|Legs unscrew for shipping."),
                150,
                2200,
                Motif.TABLE),
            kind(
                9,
                "vintage-furniture",
                2,
                words("sideboard|credenza|dresser|bookcase|cabinet|chest of drawers|bar cart"),
                adjectives,
                woods,
                styles,
                words(
                    "All drawers run smoothly on their original runners.|"
                        + "Solid {material} and veneer, refinished by hand.|180 cm wide, 45 cm deep, 75 cm tall.|"
                        + "Original brass pulls."),
                200,
                2400,
                Motif.SIDEBOARD)),
        words("Teak|Walnut|Oak|Chrome|Cane|Brass|Rattan|Velvet|Elm|Veneer"),
        words("Furniture|Furniture Co.|Woodshop|Modern|Design"),
        words(
            "Furniture restored and refinished in {city}|Heirloom-quality pieces built to order in {city}|"
                + "Solid wood furniture, made the slow way"),
        words(
            "Pickup in person, or freight delivery quoted on request.|"
                + "Oil the wood once a year with a natural furniture oil.|"
                + "Keep away from radiators and direct sun."));
  }

  private static CategoryVocabulary candles() {
    List<String> adjectives =
        words(
            "hand-poured|scented|natural|cozy|small-batch|clean-burning|botanical|calming|unscented|rustic");
    List<String> materials =
        words(
            "soy wax|beeswax|coconut wax|rapeseed wax|essential oils|olive oil|shea butter|goat milk|cotton wick");
    return new CategoryVocabulary(
        10,
        "candles",
        "candles",
        5,
        0.0,
        List.of(
            kind(
                10,
                "candles",
                1,
                words(
                    "candle|soy candle|scented candle|pillar candle|taper candles|beeswax candle|soap bar|soap|"
                        + "wax melts|bath bomb|candle tin"),
                adjectives,
                materials,
                words(
                    "lavender|cedarwood|fig|sea salt|amber|sandalwood|eucalyptus|orange blossom|tobacco and vanilla"),
                words(
                    "Hand-poured in small batches with {material}.|Burns for about 45 hours.|"
                        + "Scented with pure essential oils, no synthetic fragrance.|"
                        + "Comes in a reusable {colour} glass jar."),
                6,
                48,
                Motif.CANDLE)),
        words("Wick|Wax|Flame|Ember|Lantern|Honey|Smoke|Spark|Soap|Lather"),
        words("Candle Co.|Candles|Apothecary|Soapworks|Chandlery"),
        words(
            "Hand-poured candles from {city}|Natural wax and essential oils, nothing else|"
                + "Slow evenings start here|Small-batch candles and soaps made in {city}"),
        words(
            "Trim the wick to 5 mm before each burn.|Never leave a burning candle unattended.|"
                + "Let the first burn reach the edges to avoid tunnelling."));
  }

  private static CategoryVocabulary paperGoods() {
    List<String> adjectives =
        words(
            "letterpress|hand-bound|illustrated|recycled|floral|minimalist|personalized|watercolor|cute|foil-stamped");
    List<String> materials =
        words(
            "recycled paper|cotton paper|kraft paper|handmade paper|linen book cloth|cardstock|washi");
    return new CategoryVocabulary(
        11,
        "paper-goods",
        "paper goods",
        6,
        0.3,
        List.of(
            kind(
                11,
                "paper-goods",
                1,
                words(
                    "greeting card|birthday card|notebook|journal|sketchbook|planner|sticker sheet|"
                        + "wrapping paper|bookmark|postcard set|stationery set"),
                adjectives,
                materials,
                words("botanical|vintage|minimalist|whimsical|retro|nordic|kawaii"),
                words(
                    "A6, blank inside, with a {colour} envelope.|96 pages of 120 gsm {material}.|"
                        + "Hand-bound with a lay-flat stitched spine.|Printed on a 1950s letterpress."),
                4,
                60,
                Motif.STATIONERY)),
        words("Paper|Ink|Quill|Press|Page|Letter|Stamp|Fold|Leaf|Post"),
        words("Paper Co.|Press|Stationery|Letterpress|Paperie|Bindery"),
        words(
            "Letterpress cards and hand-bound books from {city}|Paper goods for people who still write letters|"
                + "Stationery printed by hand in {city}|Notebooks you will want to fill"),
        words("Keep dry and flat.|Store away from direct sunlight.|Printed with soy-based inks."));
  }

  private static CategoryVocabulary woodwork() {
    List<String> adjectives =
        words(
            "hand-carved|live edge|rustic|oiled|minimalist|chunky|personalized|turned|reclaimed|smooth");
    List<String> woods =
        words("walnut|cherry|maple|oak|olive wood|ash|reclaimed pine|beech|acacia|elm");
    return new CategoryVocabulary(
        12,
        "woodwork",
        "woodwork",
        5,
        0.18,
        List.of(
            kind(
                12,
                "woodwork",
                1,
                words(
                    "cutting board|chopping board|serving board|wooden spoon|spatula|wooden bowl|coaster set|"
                        + "jewelry box|floating shelf|picture frame|charcuterie board"),
                adjectives,
                woods,
                words("scandinavian|rustic|modern|shaker|japanese|farmhouse"),
                words(
                    "Carved from a single piece of {material}.|Finished with food-safe oil and beeswax.|"
                        + "About 40 x 25 cm.|Each board shows its own grain, so yours will be unique."),
                12,
                280,
                Motif.CUTTING_BOARD)),
        words("Oak|Grain|Chisel|Plane|Timber|Burl|Lathe|Birch|Cedar|Ash"),
        words("Woodworks|Woodshop|Joinery|Wood Co.|Woodcraft|Turnery"),
        words(
            "Hand-carved kitchen wood from {city}|Boards, bowls and spoons made from local trees|"
                + "Woodwork made slowly, built to last|Small woodshop in {city}"),
        words(
            "Hand wash only; never put wood in the dishwasher.|Oil it now and then to keep it nourished.|"
                + "Dry upright after washing."));
  }

  private static CategoryVocabulary bags() {
    List<String> adjectives =
        words(
            "roomy|minimalist|everyday|slouchy|structured|waterproof|handwoven|embroidered|convertible|sturdy");
    List<String> materials =
        words("waxed canvas|leather|cotton canvas|jute|linen|suede|straw|recycled denim|cork");
    return new CategoryVocabulary(
        13,
        "bags",
        "bags",
        6,
        0.4,
        List.of(
            kind(
                13,
                "bags",
                1,
                words(
                    "tote bag|tote|backpack|crossbody bag|purse|handbag|clutch|messenger bag|weekender bag|"
                        + "bucket bag|pouch"),
                adjectives,
                materials,
                words("boho|minimalist|classic|retro|utilitarian|french market|western"),
                words(
                    "Fits a 13-inch laptop, a water bottle and the day's things.|"
                        + "Lined with {colour} cotton with an inside zip pocket.|Adjustable strap, 60 to 120 cm.|"
                        + "Made of {material} that gets better with age."),
                25,
                420,
                Motif.TOTE)),
        words("Satchel|Canvas|Strap|Buckle|Pocket|Carry|Wander|Tote|Rucksack|Fold"),
        words("Bags|Bag Co.|Carryall|Goods|Supply"),
        words(
            "Bags made for carrying a life around|Everyday bags sewn by hand in {city}|"
                + "Waxed canvas and leather, built to last|Bags and purses from a small workshop in {city}"),
        words(
            "Spot clean only.|Re-wax the canvas once a year.|Stuff with paper to keep its shape in storage."));
  }

  private static CategoryVocabulary wedding() {
    List<String> adjectives =
        words(
            "elegant|rustic|personalized|romantic|minimalist|boho|custom|dainty|classic|whimsical");
    List<String> materials =
        words("walnut|acrylic|lace|silk|pearl|brass|dried flowers|velvet|linen|sterling silver");
    return new CategoryVocabulary(
        14,
        "wedding",
        "wedding",
        4,
        0.2,
        List.of(
            kind(
                14,
                "wedding",
                1,
                words(
                    "cake topper|ring box|guest book|veil|bridal hair comb|boutonniere|garter|wedding sign|"
                        + "ring bearer pillow|bridal earrings|wedding invitation"),
                adjectives,
                materials,
                words("boho|rustic|vintage|art deco|minimalist|garden|romantic"),
                words(
                    "Personalised with your names and date at no extra cost.|"
                        + "Please order at least six weeks before the wedding.|Made of {material} in soft {colour}.|"
                        + "Arrives in a keepsake box."),
                15,
                380,
                Motif.WEDDING_RINGS)),
        words("Lace|Veil|Vow|Bloom|Petal|Ribbon|Pearl|Posy|Blush|Tulle"),
        words("Bridal|Weddings|Wedding Co.|Bride|Keepsakes"),
        words(
            "Wedding details made by hand in {city}|Keepsakes for the day you will always remember|"
                + "Bridal accessories and wedding decor from {city}"),
        words("Store in the box it came in.|Keep away from damp.|Handle with care: made by hand."));
  }

  private static ItemKind kind(
      long categoryId,
      String slug,
      int weight,
      List<String> nouns,
      List<String> adjectives,
      List<String> materials,
      List<String> styles,
      List<String> details,
      int minPrice,
      int maxPrice,
      Motif motif) {
    return new ItemKind(
        categoryId,
        slug,
        weight,
        nouns,
        adjectives,
        materials,
        styles,
        details,
        minPrice,
        maxPrice,
        motif);
  }

  /**
   * A word list written as one string separated by {@code |}, which keeps the data above readable.
   */
  static List<String> words(String separated) {
    return List.of(separated.split("\\|"));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  /** The kind of item listed directly in this category (sub-category or top level). */
  static ItemKind kind(long categoryId) {
    return KINDS.stream()
        .filter(kind -> kind.categoryId() == categoryId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo kind for category " + categoryId));
  }

  /** The category with this id, or the error that the taxonomy and the vocabulary disagree. */
  static CategoryVocabulary byId(long id) {
    return ALL.stream()
        .filter(category -> category.id() == id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo vocabulary for category " + id));
  }
}
