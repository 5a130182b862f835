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
 * A category may have several kinds where one word list would mix things up (a veil is not made of
 * walnut, a wedding sign is); kinds of one category share its photo folder and the first kind's
 * motif.
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
            "sterling silver|14k gold fill|recycled silver|brass|copper|rose gold fill|gold vermeil");
    List<String> withStones =
        concat(
            metals,
            words(
                "moonstone|labradorite|turquoise|freshwater pearl|rose quartz|garnet|amethyst|opal"));
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
            ItemKind.of(101, "necklaces", Motif.NECKLACE, 5, 18, 180)
                .things(
                    "necklace, pendant necklace, pendant, choker | locket, locket necklace | "
                        + "bar necklace, necklace | chain necklace, necklace, choker")
                .adjectives(adjectives)
                .materials(withStones)
                .styles(styles)
                .details(
                    words(
                        "The chain is {material}, 45 cm (18 in) long with a 5 cm extender.|"
                            + "The pendant is about 12 mm across: small enough to wear every day, big enough to notice.|"
                            + "It layers well with a longer chain.|"
                            + "Finished with a spring-ring clasp and a tiny {material} tag.")),
            ItemKind.of(102, "earrings", Motif.EARRINGS, 5, 12, 80)
                .things(
                    "earrings, stud earrings, studs | hoops, hoop earrings, huggie hoops | "
                        + "drop earrings, dangle earrings, earrings")
                .adjectives(adjectives)
                .materials(withStones)
                .styles(styles)
                .details(
                    words(
                        "The posts and backs are {material}, kind to sensitive ears.|"
                            + "Lightweight enough to wear all day.|"
                            + "Sold as a pair; a single earring is available on request.|"
                            + "They come on a recycled card in a small gift box.")),
            ItemKind.of(103, "rings", Motif.RING, 3, 20, 350)
                .things(
                    "ring, band | stacking ring, stackable ring, ring | signet ring, ring | "
                        + "statement ring, cocktail ring | pinky ring, ring")
                .adjectives(adjectives)
                .materials(withStones)
                .styles(styles)
                .details(
                    words(
                        "Made to order in US sizes 4 to 12, including half sizes.|"
                            + "The band is 2 mm wide and comfortable on its own or stacked.|"
                            + "Any stone is bezel-set so it sits low and does not catch.|"
                            + "Engraving on the inside is free: leave the text in the order note.")),
            ItemKind.of(104, "bracelets", Motif.BRACELET, 3, 15, 150)
                .things(
                    "bracelet, chain bracelet | bangle, bangle bracelet | cuff, cuff bracelet | "
                        + "charm bracelet, bracelet | beaded bracelet, bracelet")
                .adjectives(adjectives)
                .materials(withStones)
                .styles(styles)
                .details(
                    words(
                        "Fits wrists from 15 to 18 cm; ask for a custom length.|"
                            + "Gently adjustable, so it slips on easily.|"
                            + "The {material} has a soft brushed finish.|"
                            + "Arrives in a cotton pouch, ready to give.")),
            ItemKind.of(1, "jewelry", Motif.BROOCH, 2, 15, 120)
                .things(
                    "brooch, pin | enamel pin, lapel pin | hair clip, barrette | anklet, ankle bracelet | "
                        + "cufflinks | tie clip, tie bar")
                .adjectives(adjectives)
                .materials(metals)
                .styles(styles)
                .details(
                    words(
                        "Sturdy fastening that stays put.|Hand-finished {colour} enamel, sealed to last.|"
                            + "About 4 cm across.|Arrives in a small recycled gift box."))),
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
            "cozy|rustic|modern|hand-dyed|textured|oversized|soft|earthy|bright|scandinavian|farmhouse|"
                + "coastal|sculptural|minimalist");
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
            ItemKind.of(201, "wall-decor", Motif.WALL_HANGING, 2, 25, 260)
                .things(
                    "wall hanging, macrame wall hanging, wall art | tapestry, woven wall hanging | "
                        + "weaving, woven wall art")
                .adjectives(adjectives)
                .materials(words("cotton rope|wool|jute|linen|merino wool|recycled cotton"))
                .styles(styles)
                .details(
                    words(
                        "Hangs from a driftwood dowel; ready to hang.|About 60 cm wide and 90 cm long.|"
                            + "Every knot is tied by hand, so no two are the same.|"
                            + "Warm {colour} tones that sit well with natural wood.")),
            ItemKind.of(201, "wall-decor", Motif.WALL_HANGING, 1, 30, 320)
                .things(
                    "mirror, wall mirror | round mirror, mirror | wall clock, clock | wall plate, decorative plate")
                .adjectives(adjectives)
                .materials(words("rattan|oak|brass|walnut|ceramic|cane"))
                .styles(styles)
                .details(
                    words(
                        "Ready to hang, with a sturdy hook on the back.|About 50 cm across.|"
                            + "The frame is {material}, finished by hand.|Finished in {colour}.")),
            ItemKind.of(202, "textiles", Motif.PILLOW, 3, 18, 320)
                .things(
                    "throw pillow, cushion cover, pillow cover, cushion | throw blanket, throw, blanket | "
                        + "quilt, patchwork quilt | table runner | tea towel, dish towel")
                .adjectives(concat(adjectives, words("handwoven|block-printed")))
                .materials(words("linen|cotton|wool|velvet|hemp|organic cotton|mohair"))
                .styles(styles)
                .details(
                    words(
                        "Pre-washed, so it is soft from day one and will not shrink.|"
                            + "Block-printed by hand with {colour} ink.|"
                            + "Woven on a floor loom in {colour} and cream.|Generously sized; see the last photo.")),
            ItemKind.of(203, "lighting", Motif.LAMP, 2, 35, 450)
                .things(
                    "table lamp, lamp, bedside lamp | pendant light, ceiling light, pendant lamp | "
                        + "lampshade, lamp shade | wall sconce, wall light | night light")
                .adjectives(adjectives)
                .materials(words("ceramic|brass|rattan|linen|walnut|glass|paper|oak"))
                .styles(styles)
                .details(
                    words(
                        "Wired for E27 bulbs with a 2 m fabric cord and inline switch.|"
                            + "Casts a warm, diffused light.|Bulb not included; use an LED bulb up to 40 W.|"
                            + "Made of {material}, finished in {colour}.")),
            ItemKind.of(2, "home-decor", Motif.PLANTER, 1, 15, 120)
                .things("planter, plant pot, flower pot | hanging planter, planter")
                .adjectives(adjectives)
                .materials(words("terracotta|concrete|ceramic|stoneware|jesmonite"))
                .styles(styles)
                .details(
                    words(
                        "Fits a 12 cm nursery pot; drainage hole and saucer included.|"
                            + "Finished in a matte {colour}.|Sealed inside, so it can take a thirsty plant.")),
            ItemKind.of(2, "home-decor", Motif.PLANTER, 1, 15, 140)
                .things(
                    "basket, storage basket | laundry basket, basket | fruit basket, bread basket")
                .adjectives(adjectives)
                .materials(words("seagrass|rattan|jute|willow|rush|palm leaf"))
                .styles(styles)
                .details(
                    words(
                        "Woven by hand from {material}.|Sturdy handles on both sides.|"
                            + "Collapses flat when not in use.")),
            ItemKind.of(2, "home-decor", Motif.PLANTER, 1, 12, 110)
                .things(
                    "candle holder, candlestick | bookends | trinket dish, ring dish | doorstop")
                .adjectives(adjectives)
                .materials(words("brass|marble|ceramic|recycled glass|oak|cast iron"))
                .styles(styles)
                .details(
                    words(
                        "Heavy enough to stay put.|Felt pads underneath protect your furniture.|"
                            + "Made of {material} with a {colour} finish."))),
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
        words("boho|prairie|cottagecore|minimalist|retro|workwear|romantic|classic");
    return new CategoryVocabulary(
        3,
        "clothing",
        "clothing",
        10,
        0.48,
        List.of(
            ItemKind.of(301, "dresses", Motif.DRESS, 3, 45, 260)
                .things(
                    "dress, midi dress | wrap dress, dress | slip dress, dress | sundress, summer dress | "
                        + "maxi dress, long dress | tea dress, dress | shirt dress, shirtdress")
                .adjectives(adjectives)
                .materials(
                    words("linen|cotton|silk|rayon|wool crepe|cotton voile|velvet|organic cotton"))
                .styles(styles)
                .details(
                    words(
                        "Made to order in sizes XS to 3XL; see the size chart in the photos.|"
                            + "Deep side pockets, because every dress needs them.|"
                            + "The {material} softens beautifully with every wash.|Shown in {colour}; other colours on request.")),
            ItemKind.of(302, "sweaters", Motif.SWEATER, 2, 40, 240)
                .things(
                    "sweater, jumper, pullover, knit sweater | cardigan, knit cardigan | "
                        + "turtleneck, roll neck sweater")
                .adjectives(concat(adjectives, words("chunky|cable knit")))
                .materials(
                    words("merino wool|alpaca|mohair|cotton|cashmere|lambswool|shetland wool"))
                .styles(styles)
                .details(
                    words(
                        "Knitted in {material} in a relaxed, slightly oversized fit.|"
                            + "Hand wash cold and dry flat.|The ribbed cuffs and hem keep their shape.|"
                            + "A warm {colour} that goes with everything.")),
            ItemKind.of(303, "scarves", Motif.SCARF, 2, 18, 140)
                .things("scarf, shawl, wrap | bandana, neckerchief, scarf | blanket scarf, scarf")
                .adjectives(adjectives)
                .materials(words("silk|wool|linen|cashmere|cotton|alpaca|merino wool"))
                .styles(styles)
                .details(
                    words(
                        "About 180 x 30 cm with hand-twisted fringes.|Hand-dyed with plant dyes in {colour}.|"
                            + "Light enough for spring, warm enough for autumn.|Hand-rolled edges.")),
            ItemKind.of(3, "clothing", Motif.SHIRT, 2, 30, 220)
                .things(
                    "jacket, chore jacket, work jacket | shirt, button-up shirt | blouse, top | kimono, robe | "
                        + "apron | overalls, dungarees | skirt, midi skirt")
                .adjectives(adjectives)
                .materials(words("denim|linen|cotton|corduroy|wool|canvas|cotton twill"))
                .styles(styles)
                .details(
                    words(
                        "Cut and sewn in our studio from deadstock {material}.|Generous pockets and sturdy seams.|"
                            + "True to size; the model is 170 cm and wears a size S.|Machine wash cold, line dry."))),
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
            ItemKind.of(401, "prints", Motif.FRAMED_PRINT, 4, 15, 120)
                .things(
                    "art print, print, wall art | giclée print, art print | linocut print, linocut, block print | "
                        + "screen print, silkscreen print | risograph print, riso print | "
                        + "botanical print, botanical illustration | poster, art poster")
                .adjectives(adjectives)
                .materials(
                    words(
                        "archival paper|cotton rag paper|recycled paper|watercolour paper|japanese paper"))
                .styles(styles)
                .details(
                    words(
                        "Printed on 300 gsm {material} with archival inks; frame not included.|"
                            + "Available in A4, A3 and A2.|Signed and numbered, from an edition of 50.|"
                            + "Shipped flat between card, never rolled.")),
            ItemKind.of(402, "paintings", Motif.PAINTING, 3, 60, 1800)
                .things(
                    "painting, original painting, original art | landscape painting, landscape | "
                        + "abstract painting, painting | seascape, seascape painting | "
                        + "still life painting, still life | miniature painting, small painting")
                .adjectives(adjectives)
                .materials(
                    words(
                        "oil on canvas|acrylic on canvas|watercolour|gouache|oil on linen|acrylic on wood panel"))
                .styles(styles)
                .details(
                    words(
                        "About 40 x 50 cm, sides painted so it can hang unframed.|"
                            + "Signed on the front and dated on the back.|"
                            + "Layers of {colour} built up over several weeks.|Comes with a certificate of authenticity.")),
            ItemKind.of(4, "art", Motif.SCULPTURE, 1, 40, 600)
                .things("sculpture, statue | figurine, small sculpture | wall sculpture, relief")
                .adjectives(adjectives)
                .materials(words("bronze|clay|plaster|stoneware|driftwood|carved stone"))
                .styles(styles)
                .details(
                    words(
                        "One of a kind and signed by the artist.|About 25 cm tall.|"
                            + "Finished with a {colour} patina.|Heavy enough to stand firmly on a shelf.")),
            ItemKind.of(4, "art", Motif.SCULPTURE, 1, 30, 400)
                .things(
                    "pencil drawing, drawing, sketch | charcoal drawing, drawing | collage, mixed media collage | "
                        + "embroidery hoop art, embroidery | photograph, photo print, fine art photograph")
                .adjectives(adjectives)
                .materials(words("graphite|charcoal|ink|cotton thread|archival paper|linen"))
                .styles(styles)
                .details(
                    words(
                        "One of a kind and signed by the artist.|Mounted and ready to frame.|"
                            + "Worked in {colour} and black.|Sealed to protect it from dust and light."))),
        words("Canvas|Ink|Easel|Brush|Pigment|Paper|Frame|Linen|Ochre|Umber"),
        words("Art|Studio|Prints|Gallery|Art House|Press"),
        words(
            "Original paintings and prints from {city}|Art for walls that need a story|"
                + "Prints made by hand, one pull at a time|Colourful art from a small studio in {city}"),
        words(
            "Keep out of direct sunlight to protect the colours.|Frame behind UV glass for the longest life.|"
                + "Handle with clean, dry hands."));
  }

  private static CategoryVocabulary ceramics() {
    List<String> adjectives =
        words(
            "speckled|hand-thrown|wheel-thrown|rustic|glossy|matte|organic|minimalist|handmade|chunky|"
                + "textured|tall|small");
    List<String> clays =
        words(
            "stoneware|porcelain|speckled stoneware|earthenware|terracotta|raku|celadon-glazed stoneware");
    List<String> styles =
        words("japanese|scandinavian|wabi-sabi|rustic|modern|farmhouse|minimalist|mid-century");
    return new CategoryVocabulary(
        5,
        "ceramics",
        "ceramics",
        8,
        0.34,
        List.of(
            ItemKind.of(501, "mugs", Motif.MUG, 4, 22, 65)
                .things(
                    "mug, coffee mug, cup | cup, coffee cup | teacup, tea cup, cup | tumbler, cup | "
                        + "espresso cup, cup | latte mug, mug")
                .adjectives(adjectives)
                .materials(clays)
                .styles(styles)
                .details(
                    words(
                        "Holds about 350 ml (12 oz).|Dishwasher and microwave safe.|"
                            + "A comfortable handle that fits three fingers.|"
                            + "Glazed in {colour} over raw {material}, so every one is a little different.")),
            ItemKind.of(502, "bowls", Motif.BOWL, 3, 20, 160)
                .things(
                    "bowl, serving bowl | salad bowl, serving bowl | ramen bowl, noodle bowl, soup bowl | "
                        + "cereal bowl, breakfast bowl | nesting bowls, bowl set | fruit bowl, bowl")
                .adjectives(adjectives)
                .materials(clays)
                .styles(styles)
                .details(
                    words(
                        "About 16 cm across and 7 cm deep: right for soup, noodles or salad.|"
                            + "Food safe, dishwasher safe.|The unglazed foot shows the raw {material}.|"
                            + "Glazed in a pooling {colour}.")),
            ItemKind.of(503, "vases", Motif.VASE, 3, 25, 220)
                .things(
                    "vase, flower vase | bud vase, small vase | jug vase, jug | amphora, vase | bottle vase, vase")
                .adjectives(adjectives)
                .materials(clays)
                .styles(styles)
                .details(
                    words(
                        "Watertight, for fresh or dried flowers.|About 20 cm tall.|"
                            + "Wheel-thrown in {material} and glazed in {colour}.|"
                            + "Lovely on its own, better in a group of three.")),
            ItemKind.of(5, "ceramics", Motif.TEAPOT, 2, 20, 180)
                .things(
                    "plate, dinner plate | side plate, plate | teapot, tea pot | pitcher, jug | butter dish | "
                        + "serving platter, platter")
                .adjectives(adjectives)
                .materials(clays)
                .styles(styles)
                .details(
                    words(
                        "Oven, microwave and dishwasher safe.|Fired to 1260 °C, so it is tough enough for every day.|"
                            + "Glazed in {colour} with a raw, unglazed rim.|Sold individually; sets on request."))),
        words("Clay|Kiln|Glaze|Stone|Slip|Ash|Salt|Earth|Flint|Ember"),
        words("Ceramics|Pottery|Clay Co.|Stoneware|Clayworks|Pots"),
        words(
            "Wheel-thrown pottery for everyday rituals|Small-batch stoneware for slow mornings|"
                + "Functional ceramics made in {city}|Pots for tables that get used|"
                + "Hand-thrown tableware from a tiny studio in {city}"),
        words(
            "Dishwasher safe, but hand washing keeps the glaze bright longer.|"
                + "Avoid sudden temperature changes.|Every piece is signed on the base."));
  }

  private static CategoryVocabulary leatherGoods() {
    List<String> adjectives =
        words(
            "slim|minimalist|rugged|hand-stitched|personalized|classic|sturdy|soft|durable|monogrammed");
    List<String> leathers =
        words(
            "full-grain leather|vegetable-tanned leather|italian leather|horween leather|suede|bridle leather");
    List<String> styles = words("classic|minimalist|rugged|heritage|modern|western|utilitarian");
    return new CategoryVocabulary(
        6,
        "leather-goods",
        "leather goods",
        5,
        0.3,
        List.of(
            ItemKind.of(601, "wallets", Motif.WALLET, 3, 30, 160)
                .things(
                    "wallet, bifold wallet, billfold | card holder, card wallet, card case | "
                        + "coin purse, change purse | money clip wallet, wallet")
                .adjectives(adjectives)
                .materials(leathers)
                .styles(styles)
                .details(
                    words(
                        "Holds 6 to 8 cards and folded notes.|Saddle-stitched by hand with waxed linen thread.|"
                            + "The {material} darkens into a rich patina with use.|"
                            + "Free monogram: add up to three initials at checkout.")),
            ItemKind.of(602, "belts", Motif.BELT, 2, 35, 180)
                .things("belt, dress belt | belt strap, belt | western belt, belt")
                .adjectives(adjectives)
                .materials(leathers)
                .styles(styles)
                .details(
                    words(
                        "38 mm wide, cut from a single strip of {material}.|"
                            + "Solid brass buckle held by a Chicago screw, so it can be swapped.|"
                            + "Made to your waist size.|Edges burnished by hand.")),
            ItemKind.of(6, "leather-goods", Motif.NOTEBOOK, 2, 15, 140)
                .things(
                    "keychain, key fob, key ring | passport cover, passport holder | "
                        + "notebook cover, journal cover | watch strap, watch band | dog collar, pet collar | guitar strap")
                .adjectives(adjectives)
                .materials(concat(leathers, words("waxed canvas")))
                .styles(styles)
                .details(
                    words(
                        "Cut, dyed and stitched by hand.|"
                            + "Finished with {colour} edges and brass hardware.|"
                            + "Personalise it with an embossed name."))),
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
            "merino wool|alpaca|chunky wool|cotton yarn|mohair|hand-dyed wool|organic wool|bamboo yarn");
    return new CategoryVocabulary(
        7,
        "knitting",
        "knits",
        5,
        0.08,
        List.of(
            ItemKind.of(7, "knitting", Motif.YARN, 1, 15, 220)
                .things(
                    "beanie, hat, knit hat | mittens, knitted mittens | socks, wool socks | "
                        + "blanket, throw blanket | baby blanket, blanket | cowl, snood | headband, ear warmer | "
                        + "crochet bag, market bag")
                .adjectives(adjectives)
                .materials(yarns)
                .styles(
                    words("nordic|fair isle|cable knit|granny square|minimalist|retro|cottagecore"))
                .details(
                    words(
                        "Knitted by hand in {material}.|One size fits most adults.|"
                            + "Hand wash in cool water and dry flat.|A warm {colour}, soft against the skin."))),
        words("Yarn|Wool|Stitch|Purl|Skein|Loop|Needle|Fleece|Hook|Knot"),
        words("Knits|Knitwear|Yarns|Crochet|Fibre Co.|Handknits"),
        words(
            "Cozy things knitted by hand in {city}|Hand-dyed yarn and slow knits|"
                + "Warm hats and blankets, one stitch at a time|Crochet and knitwear from {city}"),
        words(
            "Hand wash cold and dry flat.|Store folded, never on a hanger.|"
                + "Remove any pilling gently with a sweater comb."));
  }

  private static CategoryVocabulary toys() {
    List<String> styles = words("montessori|waldorf|scandinavian|retro|folk|classic");
    return new CategoryVocabulary(
        8,
        "toys",
        "toys",
        5,
        0.33,
        List.of(
            ItemKind.of(8, "toys", Motif.TEDDY, 2, 15, 180)
                .things(
                    "teddy bear, bear, plush bear | rag doll, doll | plush toy, stuffed animal, soft toy | "
                        + "bunny, stuffed bunny")
                .adjectives(words("soft|cuddly|heirloom|handmade|tiny|sweet|classic|floppy"))
                .materials(words("organic cotton|wool felt|linen|mohair|recycled cotton|alpaca"))
                .styles(styles)
                .details(
                    words(
                        "Filled with soft, washable stuffing.|Safety eyes, embroidered nose.|"
                            + "About 30 cm tall when sitting.|Made of {material} in {colour} and natural.")),
            ItemKind.of(8, "toys", Motif.TEDDY, 2, 15, 240)
                .things(
                    "wooden toy, toy | wooden train, toy train | puzzle, wooden puzzle | "
                        + "building blocks, blocks, block set | rocking horse | doll house, dollhouse | "
                        + "stacking toy, stacker")
                .adjectives(
                    words("wooden|colorful|classic|heirloom|eco-friendly|montessori|hand-painted"))
                .materials(words("beech wood|maple|birch plywood|non-toxic paint|oak|linseed oil"))
                .styles(styles)
                .details(
                    words(
                        "Finished with non-toxic, child-safe paint.|Suitable from 3 years.|"
                            + "Sanded smooth, with rounded edges.|Made of {material}, painted in {colour}.")),
            ItemKind.of(8, "toys", Motif.TEDDY, 1, 20, 160)
                .things(
                    "board game, game | tin toy, wind-up toy | spinning top, top | marbles, marble set")
                .adjectives(words("classic|colorful|retro|clever|family"))
                .materials(words("tin|cardboard|wood|glass|paper"))
                .styles(styles)
                .details(
                    words(
                        "All pieces present, checked twice.|For two to four players.|"
                            + "Comes in its original box.|Bright {colour} paint, with a little wear."))),
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
    List<String> materials =
        words(
            "teak|walnut|oak|rosewood|cherry|pine|mahogany|rattan|bentwood|chrome|velvet|leather|bouclé");
    List<String> styles =
        words(
            "mid-century modern|danish modern|art deco|bauhaus|hollywood regency|victorian|space age|shaker|"
                + "postmodern|farmhouse");
    return new CategoryVocabulary(
        9,
        "vintage-furniture",
        "furniture",
        6,
        0.9,
        List.of(
            ItemKind.of(901, "chairs", Motif.CHAIR, 3, 120, 1800)
                .things(
                    "armchair, accent chair, lounge chair | dining chair, chair, side chair | "
                        + "rocking chair, rocker | stool, bar stool, counter stool")
                .adjectives(adjectives)
                .materials(materials)
                .styles(styles)
                .details(
                    words(
                        "Seat height 44 cm.|The frame is {material} and completely sound.|"
                            + "Reupholstered in {colour} fabric.|Sold as a single chair; a pair is available.")),
            ItemKind.of(902, "sofas", Motif.SOFA, 3, 300, 2500)
                .things(
                    "sofa, couch, settee | loveseat, settee, small sofa | chesterfield, chesterfield sofa, couch | "
                        + "daybed, sofa bed | sectional sofa, sectional, couch")
                .adjectives(adjectives)
                .materials(materials)
                .styles(styles)
                .details(
                    words(
                        "Three-seater, 210 cm wide and 85 cm deep.|"
                            + "New foam and webbing, re-covered in {colour} upholstery.|"
                            + "The {material} has been cleaned and oiled.|Seats are firm but comfortable; no sagging.")),
            ItemKind.of(903, "tables", Motif.TABLE, 3, 150, 2200)
                .things(
                    "coffee table, cocktail table | side table, end table | dining table, kitchen table | "
                        + "console table, hall table | nightstand, bedside table | desk, writing desk")
                .adjectives(adjectives)
                .materials(materials)
                .styles(styles)
                .details(
                    words(
                        "Solid {material} with a hand-rubbed oil finish.|"
                            + "Minor surface marks consistent with age.|Legs unscrew for shipping.|"
                            + "Steady on its feet, no wobble.")),
            ItemKind.of(9, "vintage-furniture", Motif.SIDEBOARD, 2, 200, 2400)
                .things(
                    "sideboard, credenza, buffet | dresser, chest of drawers | bookcase, bookshelf | "
                        + "cabinet, display cabinet | bar cart, drinks trolley")
                .adjectives(adjectives)
                .materials(materials)
                .styles(styles)
                .details(
                    words(
                        "All drawers run smoothly on their original runners.|"
                            + "Solid {material} and veneer, refinished by hand.|180 cm wide, 45 cm deep, 75 cm tall.|"
                            + "Original brass pulls."))),
        words("Teak|Walnut|Oak|Chrome|Cane|Brass|Rattan|Velvet|Elm|Veneer"),
        words("Furniture|Furniture Co.|Woodshop|Modern|Design"),
        words(
            "Furniture restored and refinished in {city}|Heirloom-quality pieces built to order in {city}|"
                + "Solid wood furniture, made the slow way"),
        words(
            "Pickup in person, or freight delivery quoted on request.|"
                + "Oil the wood once a year with a natural furniture oil.|Keep away from radiators and direct sun."));
  }

  private static CategoryVocabulary candles() {
    List<String> adjectives =
        words(
            "hand-poured|scented|natural|cozy|small-batch|clean-burning|botanical|calming|rustic");
    List<String> scents =
        words(
            "lavender|cedarwood|fig|sea salt|amber|sandalwood|eucalyptus|orange blossom|tobacco and vanilla");
    return new CategoryVocabulary(
        10,
        "candles",
        "candles",
        5,
        0.0,
        List.of(
            ItemKind.of(10, "candles", Motif.CANDLE, 2, 8, 48)
                .things(
                    "candle, scented candle, candle jar | pillar candle, candle | taper candles, dinner candles | "
                        + "candle tin, travel candle | wax melts")
                .adjectives(adjectives)
                .materials(words("soy wax|beeswax|coconut wax|rapeseed wax|essential oils"))
                .styles(scents)
                .details(
                    words(
                        "Hand-poured in small batches with {material}.|Burns for about 45 hours.|"
                            + "Scented with pure essential oils, no synthetic fragrance.|"
                            + "Comes in a reusable {colour} glass jar.")),
            ItemKind.of(10, "candles", Motif.CANDLE, 1, 6, 30)
                .things("soap, soap bar, bar soap | bath bomb | bath salts, bath soak | lip balm")
                .adjectives(words("natural|gentle|small-batch|cold-process|nourishing|botanical"))
                .materials(
                    words("olive oil|shea butter|goat milk|coconut oil|essential oils|oatmeal"))
                .styles(scents)
                .details(
                    words(
                        "Cold-process, cured for six weeks.|Made with {material}, kind to dry skin.|"
                            + "Wrapped in recycled paper, no plastic.|Vegan and never tested on animals."))),
        words("Wick|Wax|Flame|Ember|Lantern|Honey|Smoke|Spark|Soap|Lather"),
        words("Candle Co.|Candles|Apothecary|Soapworks|Chandlery"),
        words(
            "Hand-poured candles from {city}|Natural wax and essential oils, nothing else|"
                + "Slow evenings start here|Small-batch candles and soaps made in {city}"),
        words(
            "Keep away from children and pets.|Store somewhere cool and dry.|"
                + "Never leave a burning candle unattended."));
  }

  private static CategoryVocabulary paperGoods() {
    List<String> adjectives =
        words(
            "letterpress|illustrated|recycled|floral|minimalist|personalized|watercolor|cute|foil-stamped");
    List<String> styles = words("botanical|vintage|minimalist|whimsical|retro|nordic|kawaii");
    return new CategoryVocabulary(
        11,
        "paper-goods",
        "paper goods",
        6,
        0.3,
        List.of(
            ItemKind.of(11, "paper-goods", Motif.STATIONERY, 2, 4, 30)
                .things(
                    "greeting card, card | birthday card, card | postcard set, postcards | "
                        + "sticker sheet, stickers | wrapping paper, gift wrap | bookmark")
                .adjectives(adjectives)
                .materials(words("cardstock|recycled paper|kraft paper|cotton paper|washi"))
                .styles(styles)
                .details(
                    words(
                        "A6, blank inside, with a {colour} envelope.|Printed on a 1950s letterpress.|"
                            + "Printed with soy-based inks on {material}.|Sent flat in a rigid envelope.")),
            ItemKind.of(11, "paper-goods", Motif.STATIONERY, 1, 10, 60)
                .things(
                    "notebook, journal | sketchbook, sketch book | planner, diary | guest book, journal")
                .adjectives(concat(adjectives, words("hand-bound")))
                .materials(
                    words(
                        "handmade paper|linen book cloth|recycled paper|cotton paper|kraft paper"))
                .styles(styles)
                .details(
                    words(
                        "96 pages of 120 gsm paper.|Hand-bound with a lay-flat stitched spine.|"
                            + "Covered in {colour} {material}.|Takes fountain pen ink without bleeding."))),
        words("Paper|Ink|Quill|Press|Page|Letter|Stamp|Fold|Leaf|Post"),
        words("Paper Co.|Press|Stationery|Letterpress|Paperie|Bindery"),
        words(
            "Letterpress cards and hand-bound books from {city}|Paper goods for people who still write letters|"
                + "Stationery printed by hand in {city}|Notebooks you will want to fill"),
        words("Keep dry and flat.|Store away from direct sunlight.|Printed with soy-based inks."));
  }

  private static CategoryVocabulary woodwork() {
    return new CategoryVocabulary(
        12,
        "woodwork",
        "woodwork",
        5,
        0.18,
        List.of(
            ItemKind.of(12, "woodwork", Motif.CUTTING_BOARD, 1, 12, 280)
                .things(
                    "cutting board, chopping board | serving board, charcuterie board, cheese board | "
                        + "wooden spoon, cooking spoon | spatula, wooden spatula | wooden bowl, salad bowl | "
                        + "coaster set, coasters | jewelry box, keepsake box | floating shelf, wall shelf | "
                        + "picture frame, frame")
                .adjectives(
                    words(
                        "hand-carved|live edge|rustic|oiled|minimalist|chunky|personalized|turned|"
                            + "reclaimed|smooth"))
                .materials(
                    words("walnut|cherry|maple|oak|olive wood|ash|reclaimed pine|beech|acacia|elm"))
                .styles(words("scandinavian|rustic|modern|shaker|japanese|farmhouse"))
                .details(
                    words(
                        "Carved from a single piece of {material}.|Finished with food-safe oil and beeswax.|"
                            + "About 40 x 25 cm.|Each piece shows its own grain, so yours will be unique."))),
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
    return new CategoryVocabulary(
        13,
        "bags",
        "bags",
        6,
        0.4,
        List.of(
            ItemKind.of(13, "bags", Motif.TOTE, 1, 25, 420)
                .things(
                    "tote bag, tote, shopper bag | backpack, rucksack | crossbody bag, shoulder bag | "
                        + "purse, handbag | clutch, evening bag | messenger bag, satchel | "
                        + "weekender bag, duffle bag, travel bag | bucket bag, handbag | pouch, zip pouch")
                .adjectives(
                    words(
                        "roomy|minimalist|everyday|slouchy|structured|waterproof|handwoven|embroidered|"
                            + "convertible|sturdy"))
                .materials(
                    words(
                        "waxed canvas|leather|cotton canvas|jute|linen|suede|recycled denim|cork"))
                .styles(words("boho|minimalist|classic|retro|utilitarian|french market|western"))
                .details(
                    words(
                        "Fits a 13-inch laptop, a water bottle and the day's things.|"
                            + "Lined with {colour} cotton with an inside zip pocket.|Adjustable strap, 60 to 120 cm.|"
                            + "Made of {material} that gets better with age."))),
        words("Satchel|Canvas|Strap|Buckle|Pocket|Carry|Wander|Tote|Rucksack|Fold"),
        words("Bags|Bag Co.|Carryall|Goods|Supply"),
        words(
            "Bags made for carrying a life around|Everyday bags sewn by hand in {city}|"
                + "Waxed canvas and leather, built to last|Bags and purses from a small workshop in {city}"),
        words(
            "Spot clean only.|Stuff with paper to keep its shape in storage.|Keep away from damp."));
  }

  private static CategoryVocabulary wedding() {
    List<String> adjectives =
        words(
            "elegant|rustic|personalized|romantic|minimalist|boho|custom|dainty|classic|whimsical");
    List<String> styles = words("boho|rustic|vintage|art deco|minimalist|garden|romantic");
    return new CategoryVocabulary(
        14,
        "wedding",
        "wedding",
        4,
        0.2,
        List.of(
            ItemKind.of(14, "wedding", Motif.WEDDING_RINGS, 1, 15, 380)
                .things(
                    "cake topper, wedding cake topper | ring box, wedding ring box | guest book, wedding guest book | "
                        + "wedding sign, welcome sign | ring bearer pillow, ring pillow | "
                        + "wedding invitation, invitation suite")
                .adjectives(adjectives)
                .materials(words("walnut|acrylic|linen|velvet|brass|cotton paper|oak"))
                .styles(styles)
                .details(
                    words(
                        "Personalised with your names and date at no extra cost.|"
                            + "Please order at least six weeks before the wedding.|Made of {material} in soft {colour}.|"
                            + "Arrives in a keepsake box.")),
            ItemKind.of(14, "wedding", Motif.WEDDING_RINGS, 1, 25, 320)
                .things(
                    "veil, bridal veil | bridal hair comb, hair comb, hair vine | boutonniere, buttonhole | "
                        + "garter, bridal garter | bridal earrings, wedding earrings")
                .adjectives(adjectives)
                .materials(words("lace|silk|pearl|tulle|dried flowers|sterling silver|crystal"))
                .styles(styles)
                .details(
                    words(
                        "Made to order: tell us your date at checkout.|"
                            + "Handmade with {material}, in ivory or soft {colour}.|Light enough to forget you wear it.|"
                            + "Arrives in a keepsake box."))),
        words("Lace|Veil|Vow|Bloom|Petal|Ribbon|Pearl|Posy|Blush|Tulle"),
        words("Bridal|Weddings|Wedding Co.|Bride|Keepsakes"),
        words(
            "Wedding details made by hand in {city}|Keepsakes for the day you will always remember|"
                + "Bridal accessories and wedding decor from {city}"),
        words("Store in the box it came in.|Keep away from damp.|Handle with care: made by hand."));
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

  /** The first kind of item listed directly in this category (sub-category or top level). */
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

  /** One kind per photo folder (the first of its category), for painting each folder once. */
  static List<ItemKind> photoKinds() {
    return KINDS.stream().filter(kind -> kind(kind.categoryId()) == kind).toList();
  }
}
