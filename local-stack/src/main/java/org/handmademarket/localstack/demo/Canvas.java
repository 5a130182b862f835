package org.handmademarket.localstack.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.List;

/**
 * Drawing helpers for the demo photos, in an 800 x 800 coordinate space whatever the output size:
 * soft side-lit fills, contact shadows, glows and speckles, the few things that make flat shapes
 * read as objects on a table.
 */
final class Canvas {

  static final double SIZE = 800;

  final Graphics2D g;
  final Dice dice;

  /** Light comes from the left or the right: -1 or 1. */
  final int lightSide;

  /** The metal jewellery is painted in; null paints any metal. */
  private final MetalTone tone;

  Canvas(Graphics2D g, Dice dice) {
    this(g, dice, null);
  }

  Canvas(Graphics2D g, Dice dice, MetalTone tone) {
    this.g = g;
    this.dice = dice;
    this.lightSide = dice.chance(0.5) ? -1 : 1;
    this.tone = tone;
  }

  /** A metal colour: of the photo's tone when it has one, so that the title can name it. */
  Color metal() {
    return pick(tone == null ? Motifs.METALS : tone.colours());
  }

  static Color rgb(int rgb) {
    return new Color(rgb);
  }

  static List<Color> colours(int... rgb) {
    return Arrays.stream(rgb).mapToObj(Color::new).toList();
  }

  static Color shade(Color c, double factor) {
    if (factor >= 1) {
      double t = factor - 1;
      return new Color(
          clamp(c.getRed() + (255 - c.getRed()) * t),
          clamp(c.getGreen() + (255 - c.getGreen()) * t),
          clamp(c.getBlue() + (255 - c.getBlue()) * t),
          c.getAlpha());
    }
    return new Color(
        clamp(c.getRed() * factor),
        clamp(c.getGreen() * factor),
        clamp(c.getBlue() * factor),
        c.getAlpha());
  }

  static Color alpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }

  /** A solid object: lit on the light side, in shadow on the other. */
  void fill(Shape shape, Color color) {
    Rectangle2D b = shape.getBounds2D();
    double lit = lightSide < 0 ? b.getMinX() : b.getMaxX();
    double dark = lightSide < 0 ? b.getMaxX() : b.getMinX();
    g.setPaint(
        new GradientPaint(
            (float) lit,
            (float) b.getMinY(),
            shade(color, 1.18),
            (float) dark,
            (float) b.getMaxY(),
            shade(color, 0.72)));
    g.fill(shape);
  }

  /** A fill lit from above, for horizontal surfaces and tall round things. */
  void fillVertical(Shape shape, Color top, Color bottom) {
    Rectangle2D b = shape.getBounds2D();
    g.setPaint(new GradientPaint(0, (float) b.getMinY(), top, 0, (float) b.getMaxY(), bottom));
    g.fill(shape);
  }

  void flat(Shape shape, Color color) {
    g.setPaint(color);
    g.fill(shape);
  }

  void stroke(Shape shape, Color color, double width) {
    g.setPaint(color);
    g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  void dashed(Shape shape, Color color, double width, double dash) {
    g.setPaint(color);
    g.setStroke(
        new BasicStroke(
            (float) width,
            BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {(float) dash, (float) dash * 1.2f},
            0f));
    g.draw(shape);
  }

  void line(double x1, double y1, double x2, double y2, Color color, double width) {
    stroke(new Line2D.Double(x1, y1, x2, y2), color, width);
  }

  /** The soft shadow an object casts on the surface it stands on, offset away from the light. */
  void shadow(double centerX, double groundY, double width, double height) {
    double cx = centerX - lightSide * width * 0.08;
    Point2D center = new Point2D.Double(cx, groundY);
    AffineTransform squash = new AffineTransform();
    squash.translate(cx, groundY);
    squash.scale(1, height / width);
    squash.translate(-cx, -groundY);
    g.setPaint(
        new RadialGradientPaint(
            center,
            (float) (width / 2),
            center,
            new float[] {0f, 0.6f, 1f},
            new Color[] {new Color(0, 0, 0, 80), new Color(0, 0, 0, 35), new Color(0, 0, 0, 0)},
            MultipleGradientPaint.CycleMethod.NO_CYCLE,
            MultipleGradientPaint.ColorSpaceType.SRGB,
            squash));
    g.fill(new Ellipse2D.Double(cx - width / 2, groundY - height / 2, width, height));
  }

  /**
   * The hard shadow of a flat thing lying on a surface, offset by (dx, dy); drawn before the thing.
   */
  void dropShadow(Shape shape, double dx, double dy) {
    flat(
        AffineTransform.getTranslateInstance(dx, dy).createTransformedShape(shape),
        new Color(0, 0, 0, 45));
  }

  /** Light around a flame or a lit lamp. */
  void glow(double x, double y, double radius, Color color) {
    Point2D center = new Point2D.Double(x, y);
    g.setPaint(
        new RadialGradientPaint(
            center,
            (float) radius,
            new float[] {0f, 1f},
            new Color[] {alpha(color, 150), alpha(color, 0)}));
    g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
  }

  /** Flecks of iron in speckled clay, or grain in paper, inside a shape. */
  void speckle(Shape area, Color color, int count) {
    Shape clip = g.getClip();
    g.clip(area);
    Rectangle2D b = area.getBounds2D();
    g.setPaint(color);
    for (int i = 0; i < count; i++) {
      double r = 1 + dice.unit() * 2.2;
      g.fill(
          new Ellipse2D.Double(
              b.getX() + dice.unit() * b.getWidth(), b.getY() + dice.unit() * b.getHeight(), r, r));
    }
    g.setClip(clip);
  }

  /** A highlight streak on glossy things. */
  void highlight(double x, double y, double w, double h) {
    double hx = lightSide < 0 ? x : x + w * 0.55;
    g.setPaint(new Color(255, 255, 255, 70));
    g.fill(new RoundRectangle2D.Double(hx, y, w * 0.12, h, w * 0.12, w * 0.12));
  }

  Ellipse2D circle(double cx, double cy, double r) {
    return new Ellipse2D.Double(cx - r, cy - r, r * 2, r * 2);
  }

  Ellipse2D ellipse(double cx, double cy, double rx, double ry) {
    return new Ellipse2D.Double(cx - rx, cy - ry, rx * 2, ry * 2);
  }

  RoundRectangle2D box(double x, double y, double w, double h, double arc) {
    return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
  }

  /** A number between {@code min} and {@code max}. */
  double between(double min, double max) {
    return min + dice.unit() * (max - min);
  }

  <T> T pick(List<T> items) {
    return dice.pick(items);
  }
}
