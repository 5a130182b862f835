package org.handmademarket.web.api.status;

/**
 * The shape of {@code GET /api/status}, {@code {status}} (UP or DOWN), for the OpenAPI document
 * only: the resource answers with a map of the same shape.
 */
public record StatusAnswer(String status) {}
