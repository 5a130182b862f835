package org.handmademarket.localstack.demo;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metal a piece of jewellery is painted in, so that its photos agree with its title: a photo
 * variant's tone follows from its number, and a listing in sterling silver shows the variants
 * painted in silver.
 */
enum MetalTone {
  GOLD(0xD4AF37, 0xC8A24A),
  SILVER(0xC9C9CF, 0xE8E3D6),
  ROSE_GOLD(0xE3A995),
  COPPER(0xB87333);

  private final List<Color> colours;

  MetalTone(int... rgb) {
    this.colours = Canvas.colours(rgb);
  }

  List<Color> colours() {
    return colours;
  }

  /** The tone of a photo variant (numbered from 1): the tones take turns. */
  static MetalTone ofVariant(int variant) {
    MetalTone[] tones = values();
    return tones[Math.floorMod(variant - 1, tones.length)];
  }

  /** The tone a material shows, if it is a metal ("sterling silver", "14k gold fill", "brass"). */
  static Optional<MetalTone> ofMaterial(String material) {
    String name = material.toLowerCase(Locale.ROOT);
    if (name.contains("rose gold")) {
      return Optional.of(ROSE_GOLD);
    }
    if (name.contains("gold") || name.contains("brass") || name.contains("vermeil")) {
      return Optional.of(GOLD);
    }
    if (name.contains("silver")) {
      return Optional.of(SILVER);
    }
    if (name.contains("copper")) {
      return Optional.of(COPPER);
    }
    return Optional.empty();
  }

  /** The nearest tone when a photo set has no variant of this one: warm metals look golden. */
  MetalTone nearest() {
    return this == ROSE_GOLD || this == COPPER ? GOLD : this;
  }

  /** Whether the motif is a piece of jewellery, painted in one metal. */
  static boolean paints(Motif motif) {
    return switch (motif) {
      case NECKLACE, EARRINGS, RING, BRACELET, BROOCH -> true;
      default -> false;
    };
  }
}
