package org.handmademarket.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long after shipping an undelivered item may be reviewed, and how long a review is editable.
 */
@ApplicationScoped
public class ReviewSettings {

  @Inject
  @ConfigProperty(name = "reviews.shipped-days")
  int shippedDays;

  @Inject
  @ConfigProperty(name = "reviews.edit-days")
  int editDays;

  /** A shipped order no seller marked delivered may be reviewed this long after it shipped. */
  Duration afterShipping() {
    return Duration.ofDays(shippedDays);
  }

  Duration editWindow() {
    return Duration.ofDays(editDays);
  }
}
