package org.handmademarket.web.api.seller;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A gallery's new order: every photo id of the listing once, first photo first. */
public class ImageOrderRequest {

  @NotNull
  @Size(min = 1, max = 10)
  public List<Long> imageIds;
}
