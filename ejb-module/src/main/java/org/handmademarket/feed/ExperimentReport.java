package org.handmademarket.feed;

import java.time.OffsetDateTime;
import java.util.List;

/** Click-through per feed variant between two instants. */
public record ExperimentReport(
    OffsetDateTime from, OffsetDateTime to, List<VariantResult> variants) {}
