package org.handmademarket.reviews;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A shop's visible reviews written in one month: their average stars and how many. */
public record MonthlyRating(YearMonth month, BigDecimal average, int count) {}
