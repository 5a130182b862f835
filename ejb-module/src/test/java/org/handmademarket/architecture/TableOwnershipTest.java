package org.handmademarket.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature, and only its owner's SQL and JPQL name it; other features read
 * through the owner's services or through a view the owner publishes. The owners, the published
 * views and the few remaining exceptions are {@code architecture/table-owners.txt}, the table of
 * docs/architecture.md.
 *
 * <p>The test reads the main sources, not the classes: SQL lives in string constants, text blocks
 * and annotations, which the compiled classes do not show whole. A file's feature is its top-level
 * package under {@code org.handmademarket} ({@code platform} counts as one).
 */
class TableOwnershipTest {

  private static final Path SOURCES = Path.of("src/main/java/org/handmademarket");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  private static final Pattern CREATED =
      Pattern.compile("(?i)\\bcreate\\s+(table|(?:or\\s+replace\\s+)?view)\\s+(\\w+)");
  private static final Pattern SQL_NAME =
      Pattern.compile("(?i)\\b(?:from|join|update|into|table)\\s+(\\w+)");
  private static final Pattern COMMA_JOIN =
      Pattern.compile("(?i)\\bfrom\\s+\\w+(?:\\s+(?:as\\s+)?\\w+)?\\s*,\\s*(\\w+)");
  private static final Pattern MAPPED_TABLE =
      Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");
  private static final Pattern ENTITY_NAME =
      Pattern.compile("@Entity\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");

  private static final Map<String, String> owners = new TreeMap<>();
  private static final Map<String, String> views = new TreeMap<>();
  private static final Set<String> exceptions = new TreeSet<>();
  private static final Map<String, String> entityTables = new TreeMap<>();
  private static final Map<String, Set<String>> namedByFile = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        TableOwnershipTest.class.getResourceAsStream("/architecture/table-owners.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] words = line.strip().split("\\s+", 4);
        switch (words[0]) {
          case "owner" -> owners.put(words[1], words[2]);
          case "view" -> views.put(words[1], words[2]);
          case "allow" -> exceptions.add(words[1] + " " + words[2]);
          default -> {}
        }
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String code = JavaText.of(Files.readString(file)).code();
      Matcher entity = Pattern.compile("@Entity\\b").matcher(code);
      Matcher table = MAPPED_TABLE.matcher(code);
      if (entity.find() && table.find()) {
        Matcher named = ENTITY_NAME.matcher(code);
        String name =
            named.find() ? named.group(1) : file.getFileName().toString().replace(".java", "");
        entityTables.put(name, table.group(1));
      }
    }
    for (Path file : files) {
      namedByFile.put(SOURCES.relativize(file).toString(), namedIn(Files.readString(file)));
    }
  }

  @Test
  void everyTableOfTheMigrationsHasOneOwner() throws IOException {
    Set<String> tables = new TreeSet<>();
    Set<String> createdViews = new TreeSet<>();
    try (Stream<Path> walk = Files.list(MIGRATIONS)) {
      for (Path migration : walk.toList()) {
        Matcher created = CREATED.matcher(Files.readString(migration));
        while (created.find()) {
          (created.group(1).equalsIgnoreCase("table") ? tables : createdViews)
              .add(created.group(2).toLowerCase());
        }
      }
    }
    assertTrue(tables.size() > 30, () -> "tables found: " + tables);
    assertEquals(tables, owners.keySet(), "tables of the migrations vs. owners listed");
    assertEquals(createdViews, views.keySet(), "views of the migrations vs. views listed");
    Set<String> features = new TreeSet<>();
    try (Stream<Path> list = Files.list(SOURCES)) {
      list.filter(Files::isDirectory).forEach(dir -> features.add(dir.getFileName().toString()));
    }
    for (Map.Entry<String, String> owner : owners.entrySet()) {
      assertTrue(features.contains(owner.getValue()), () -> "no feature package " + owner);
    }
  }

  @Test
  void theScannerFindsTablesAndEntitiesInSqlAndJpql() {
    assertEquals("products", entityTables.get("InventoryItem"));
    assertEquals("orders", entityTables.get("ShopOrder"));
    assertEquals(
        Set.of("products", "shops", "stock_holds", "cart_items", "categories", "orders"),
        namedIn(
            "class A { String q = \"SELECT 1 FROM products p JOIN shops s ON s.id = p.shop_id\"\n"
                + " + \" LEFT JOIN\" + \" stock_holds h ON true\"; // FROM users\n"
                + " String t = \"\"\"\n   DELETE FROM cart_items\n   \"\"\";\n"
                + " String c = \"SELECT 1 FROM categories c, orders o\"; }"));
    assertEquals(
        Set.of("products", "orders", "users", "product_tags"),
        namedIn(
            "@NamedQuery(name = \"x\", query = \"SELECT i FROM InventoryItem i\")\n"
                + "class B { Object o = em.createQuery(\"UPDATE ShopOrder o SET o.x = 1\");\n"
                + " @CollectionTable(name = \"product_tags\") Object t;\n"
                + " Object u = \"SELECT p FROM Product p, UserAccount a\"; }"));
  }

  @Test
  void aFeatureNamesOnlyTheTablesItOwns() {
    List<String> violations = new ArrayList<>();
    namedByFile.forEach(
        (file, names) -> {
          String feature = file.split("/")[0];
          for (String table : names) {
            boolean allowed =
                feature.equals(owners.get(table))
                    || views.containsKey(table)
                    || exceptions.contains(file + " " + table);
            if (!allowed) {
              violations.add(
                  file + " names " + table + " of " + owners.getOrDefault(table, "nobody"));
            }
          }
        });
    assertTrue(
        violations.isEmpty(),
        () ->
            violations.size()
                + " references to another feature's table; read through the owner's services or"
                + " a view it publishes:\n  "
                + String.join("\n  ", violations));
  }

  @Test
  void everyExceptionIsStillNeeded() {
    List<String> stale = new ArrayList<>();
    for (String exception : exceptions) {
      String[] fileAndTable = exception.split(" ");
      Set<String> names = namedByFile.getOrDefault(fileAndTable[0], Set.of());
      if (!names.contains(fileAndTable[1])) {
        stale.add(exception);
      }
    }
    assertTrue(stale.isEmpty(), () -> "exceptions no longer needed: " + stale);
  }

  /** The tables a source file names, directly in SQL or through an entity in JPQL. */
  private static Set<String> namedIn(String source) {
    JavaText text = JavaText.of(source);
    Set<String> names = new TreeSet<>();
    Matcher mapped = MAPPED_TABLE.matcher(text.code());
    while (mapped.find()) {
      names.add(mapped.group(1));
    }
    for (String literal : text.literals()) {
      for (Pattern pattern : List.of(SQL_NAME, COMMA_JOIN)) {
        Matcher name = pattern.matcher(literal);
        while (name.find()) {
          String word = name.group(1);
          if (owners.containsKey(word.toLowerCase()) || views.containsKey(word.toLowerCase())) {
            names.add(word.toLowerCase());
          } else if (entityTables.containsKey(word)) {
            names.add(entityTables.get(word));
          }
        }
      }
    }
    return names;
  }

  /**
   * A Java source split into its code without comments and its string literals; literals joined by
   * {@code +} count as one, as SQL is often written across several lines.
   */
  record JavaText(String code, List<String> literals) {

    static JavaText of(String source) {
      StringBuilder code = new StringBuilder();
      List<String> literals = new ArrayList<>();
      StringBuilder pending = null;
      int i = 0;
      while (i < source.length()) {
        char c = source.charAt(i);
        if (source.startsWith("//", i)) {
          i = skipTo(source, i, "\n");
        } else if (source.startsWith("/*", i)) {
          i = skipTo(source, i + 2, "*/");
        } else if (source.startsWith("\"\"\"", i)) {
          int end = source.indexOf("\"\"\"", i + 3);
          pending = append(pending, source.substring(i + 3, end));
          code.append("\"\"");
          i = end + 3;
        } else if (c == '"' || c == '\'') {
          int end = i + 1;
          while (source.charAt(end) != c) {
            end += source.charAt(end) == '\\' ? 2 : 1;
          }
          if (c == '"') {
            pending = append(pending, source.substring(i + 1, end));
          }
          code.append(source, i, end + 1);
          i = end + 1;
        } else {
          if (pending != null && !Character.isWhitespace(c) && c != '+') {
            literals.add(pending.toString());
            pending = null;
          }
          code.append(c);
          i++;
        }
      }
      if (pending != null) {
        literals.add(pending.toString());
      }
      return new JavaText(code.toString(), literals);
    }

    private static StringBuilder append(StringBuilder pending, String literal) {
      return pending == null ? new StringBuilder(literal) : pending.append(literal);
    }

    private static int skipTo(String source, int from, String end) {
      int at = source.indexOf(end, from);
      return at < 0 ? source.length() : at + end.length();
    }
  }
}
