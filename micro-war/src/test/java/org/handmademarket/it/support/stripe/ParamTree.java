package org.handmademarket.it.support.stripe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Form pairs folded into the nesting their bracketed keys spell: a value is either text (a leaf) or
 * named children (a hash, or a list whose names are 0, 1, 2...).
 */
final class ParamTree {

  private final String text;
  private final Map<String, ParamTree> children;

  private ParamTree(String text, Map<String, ParamTree> children) {
    this.text = text;
    this.children = children;
  }

  /**
   * The tree of a request's pairs; a key that is both text and a hash ({@code a=1&a[b]=2}) or has
   * unpaired brackets is reported and left out.
   */
  static ParamTree of(Map<String, String> pairs, List<Violation> violations) {
    ParamTree root = new ParamTree(null, new LinkedHashMap<>());
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      List<String> path = FormParams.path(pair.getKey());
      if (path == null || path.stream().anyMatch(String::isEmpty)) {
        violations.add(new Violation(pair.getKey(), "Invalid parameter name: " + pair.getKey()));
      } else if (!root.put(path, 0, pair.getValue())) {
        violations.add(
            new Violation(
                pair.getKey(),
                "Parameter " + pair.getKey() + " is sent both as a value and a hash"));
      }
    }
    return root;
  }

  private boolean put(List<String> path, int depth, String value) {
    if (children == null) {
      return false;
    }
    String segment = path.get(depth);
    ParamTree existing = children.get(segment);
    if (depth == path.size() - 1) {
      if (existing != null && existing.children != null) {
        return false;
      }
      children.put(segment, new ParamTree(value, null));
      return true;
    }
    if (existing == null) {
      existing = new ParamTree(null, new LinkedHashMap<>());
      children.put(segment, existing);
    }
    return existing.put(path, depth + 1, value);
  }

  boolean isText() {
    return text != null;
  }

  /** The text of a leaf, null for a hash. */
  String text() {
    return text;
  }

  /** The children of a hash in the order sent, empty for a leaf. */
  Map<String, ParamTree> children() {
    return children == null ? Map.of() : children;
  }

  /** How a value reads in an error message. */
  String describe() {
    return text != null ? text : "a hash with keys " + children.keySet();
  }
}
