package org.handmademarket.shipping;

import java.time.LocalDate;

/** The days between which an order is expected to arrive, both included. */
public record DeliveryEstimate(LocalDate from, LocalDate to) {}
