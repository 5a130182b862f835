package org.handmademarket.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The outbox contract: every event type has a consumer, every consumer reads declared types only,
 * and no event type is spelled anywhere but in {@link OutboxEventType}, so that a producer or
 * consumer cannot drift from it with a string of its own.
 */
class OutboxContractTest {

  private static final Path SOURCES = Path.of("src/main/java");

  private static final Path CONTRACT =
      Path.of("org/handmademarket/platform/outbox/OutboxEventType.java");

  /**
   * A Java string literal of a declared event type ({@code "order.placed"}), or any event name of
   * an outbox aggregate quoted in SQL ({@code 'shop.changed'}, {@code 'order.returned'}): what a
   * producer or consumer would write to bypass the contract.
   */
  private static final Pattern EVENT_LITERAL =
      Pattern.compile(
          "\"(?:"
              + Arrays.stream(OutboxEventType.values())
                  .map(type -> Pattern.quote(type.eventName()))
                  .collect(Collectors.joining("|"))
              + ")\"|'(?:"
              + Arrays.stream(OutboxAggregate.values())
                  .map(aggregate -> aggregate.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining("|"))
              + ")\\.[a-z-]+'");

  /** The audit log names its actions like events; they are another vocabulary, in another table. */
  private static final Map<Path, Set<String>> AUDIT_ACTIONS =
      Map.of(
          Path.of("org/handmademarket/checkout/orders/Orders.java"),
          Set.of("\"order.cancelled\"", "\"order.refunded\""));

  @Test
  void everyEventTypeHasAConsumer() {
    for (OutboxEventType type : OutboxEventType.values()) {
      assertFalse(type.consumers().isEmpty(), () -> type + " has no consumer: nobody reads it");
    }
  }

  @Test
  void everyConsumerReadsDeclaredTypes() {
    for (OutboxConsumer consumer : OutboxConsumer.values()) {
      List<OutboxEventType> read = OutboxEventType.consumedBy(consumer);
      assertFalse(read.isEmpty(), () -> consumer + " consumes nothing");
      read.forEach(type -> assertTrue(type.consumers().contains(consumer)));
    }
  }

  @Test
  void eventNamesAreUniqueAndStartWithTheirAggregate() {
    for (OutboxEventType type : OutboxEventType.values()) {
      assertTrue(
          type.eventName().startsWith(type.aggregate().name().toLowerCase(Locale.ROOT) + "."),
          type::toString);
      assertEquals(type, OutboxEventType.named(type.eventName()));
    }
    assertThrows(IllegalArgumentException.class, () -> OutboxEventType.named("order.returned"));
  }

  @Test
  void aConsumersRowsAreItsTypesWithTheirAggregates() {
    assertEquals(
        "((aggregate_type = 'PRODUCT' AND event_type IN ('product.changed',"
            + " 'product.stock-changed')) OR (aggregate_type = 'SHOP' AND event_type IN"
            + " ('shop.changed')))",
        OutboxEventType.rowsFor(OutboxConsumer.SEARCH_INDEX));
    assertEquals(
        "((aggregate_type = 'ORDER' AND event_type IN ('order.placed', 'order.shipped',"
            + " 'order.delivered', 'order.cancelled', 'order.refunded')))",
        OutboxEventType.rowsFor(OutboxConsumer.ORDER_MAILS));
    assertEquals(
        EnumSet.allOf(OutboxEventType.class),
        Arrays.stream(OutboxConsumer.values())
            .flatMap(consumer -> OutboxEventType.consumedBy(consumer).stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(OutboxEventType.class))));
  }

  @Test
  void noEventTypeIsSpelledOutsideTheContract() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !SOURCES.relativize(file).equals(CONTRACT))
          .forEach(file -> found.addAll(eventLiterals(SOURCES.relativize(file))));
    }
    assertEquals(List.of(), found);
    assertFalse(
        eventLiterals(CONTRACT).isEmpty(), "the search for literals finds those of the contract");
  }

  private static List<String> eventLiterals(Path relative) {
    String source;
    try {
      source = Files.readString(SOURCES.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> literals = new ArrayList<>();
    Matcher matcher = EVENT_LITERAL.matcher(source);
    Set<String> allowed = AUDIT_ACTIONS.getOrDefault(relative, Set.of());
    while (matcher.find()) {
      if (!allowed.contains(matcher.group())) {
        literals.add(relative + ": " + matcher.group());
      }
    }
    return literals;
  }
}
