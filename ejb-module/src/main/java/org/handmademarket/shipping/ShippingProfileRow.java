package org.handmademarket.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A row of {@code shipping_profiles}: the stored form of a {@link ShippingProfile}. */
@Entity
@Table(name = "shipping_profiles")
public class ShippingProfileRow {

  @Id
  @Column(name = "shop_id")
  private Long shopId;

  @Column(name = "origin_country")
  private String originCountry;

  @Column(name = "domestic_first")
  private BigDecimal domesticFirst;

  @Column(name = "domestic_additional")
  private BigDecimal domesticAdditional;

  @Column(name = "international_first")
  private BigDecimal internationalFirst;

  @Column(name = "international_additional")
  private BigDecimal internationalAdditional;

  @Column(name = "free_domestic_threshold")
  private BigDecimal freeDomesticThreshold;

  @Column(name = "processing_days_min")
  private int processingDaysMin;

  @Column(name = "processing_days_max")
  private int processingDaysMax;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected ShippingProfileRow() {}

  ShippingProfileRow(long shopId) {
    this.shopId = shopId;
  }

  /** Takes the values of a checked profile. */
  void store(ShippingProfile profile) {
    originCountry = profile.originCountry();
    domesticFirst = profile.domestic().firstItem();
    domesticAdditional = profile.domestic().additionalItem();
    internationalFirst =
        profile.international() == null ? null : profile.international().firstItem();
    internationalAdditional =
        profile.international() == null ? null : profile.international().additionalItem();
    freeDomesticThreshold = profile.freeDomesticThreshold();
    processingDaysMin = profile.processingDaysMin();
    processingDaysMax = profile.processingDaysMax();
    updatedAt = OffsetDateTime.now();
  }

  ShippingProfile profile() {
    return new ShippingProfile(
        shopId,
        originCountry.strip(),
        new ShippingRate(domesticFirst, domesticAdditional),
        internationalFirst == null
            ? null
            : new ShippingRate(internationalFirst, internationalAdditional),
        freeDomesticThreshold,
        processingDaysMin,
        processingDaysMax);
  }

  long shopId() {
    return shopId;
  }
}
