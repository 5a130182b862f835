package org.handmademarket.web.console.seller;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.shipping.ShippingProfile;
import org.handmademarket.shipping.ShippingProfiles;
import org.handmademarket.shipping.ShippingQuote;
import org.handmademarket.shipping.ShippingRate;
import org.handmademarket.shipping.ShippingRules;
import org.handmademarket.shipping.ShippingSettings;
import org.handmademarket.web.console.Messages;

/**
 * The seller's shipping profile: where the shop ships from, its rates at home and abroad, free
 * shipping, processing time, and a preview of what buyers pay. The shipping service checks every
 * rule again and names the field; its refusals are shown next to that field.
 */
@Named
@ViewScoped
public class ShippingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The service's field names and the client ids of the form's inputs that hold them. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "originCountry", "shipping:country",
          "domestic", "shipping:domesticFirst",
          "domestic.firstItem", "shipping:domesticFirst",
          "domestic.additionalItem", "shipping:domesticAdditional",
          "international", "shipping:internationalFirst",
          "international.firstItem", "shipping:internationalFirst",
          "international.additionalItem", "shipping:internationalAdditional",
          "freeDomesticThreshold", "shipping:threshold",
          "processingDaysMin", "shipping:processingMin",
          "processingDaysMax", "shipping:processingMax");

  private static final List<Country> COUNTRIES =
      Stream.of(Locale.getISOCountries())
          .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
          .sorted(Comparator.comparing(Country::name))
          .toList();

  @Inject ShippingProfiles profiles;

  @NotBlank private String originCountry;

  @NotNull
  @DecimalMin("0.00")
  @DecimalMax("10000.00")
  @Digits(integer = 5, fraction = 2)
  private BigDecimal domesticFirst;

  @NotNull
  @DecimalMin("0.00")
  @DecimalMax("10000.00")
  @Digits(integer = 5, fraction = 2)
  private BigDecimal domesticAdditional;

  private boolean international;

  @DecimalMin("0.00")
  @DecimalMax("10000.00")
  @Digits(integer = 5, fraction = 2)
  private BigDecimal internationalFirst;

  @DecimalMin("0.00")
  @DecimalMax("10000.00")
  @Digits(integer = 5, fraction = 2)
  private BigDecimal internationalAdditional;

  @DecimalMin("1.00")
  @DecimalMax("1000000.00")
  @Digits(integer = 7, fraction = 2)
  private BigDecimal threshold;

  @NotNull
  @Min(ShippingRules.PROCESSING_DAYS_MIN)
  @Max(ShippingRules.PROCESSING_DAYS_MAX)
  private Integer processingMin;

  @NotNull
  @Min(ShippingRules.PROCESSING_DAYS_MIN)
  @Max(ShippingRules.PROCESSING_DAYS_MAX)
  private Integer processingMax;

  /** A country of the select: its ISO code and English name. */
  public record Country(String code, String name) implements Serializable {}

  /** One row of the preview: what buyers pay at home and abroad. */
  public record PreviewRow(String label, String domestic, String abroad) implements Serializable {}

  /** The page's view action. */
  public void load() {
    show(profiles.mine());
  }

  public void save() {
    try {
      show(profiles.updateMine(settings()));
      Messages.done("Shipping saved");
    } catch (MarketplaceException refused) {
      if (refused.type() != ProblemType.VALIDATION) {
        throw refused;
      }
      Messages.fieldErrors(refused, INPUTS);
    }
  }

  private ShippingSettings settings() {
    return new ShippingSettings(
        originCountry,
        new ShippingRate(domesticFirst, domesticAdditional),
        international ? new ShippingRate(internationalFirst, internationalAdditional) : null,
        threshold,
        processingMin,
        processingMax);
  }

  private void show(ShippingProfile profile) {
    originCountry = profile.originCountry();
    domesticFirst = profile.domestic().firstItem();
    domesticAdditional = profile.domestic().additionalItem();
    international = profile.shipsInternationally();
    if (international) {
      internationalFirst = profile.international().firstItem();
      internationalAdditional = profile.international().additionalItem();
    }
    threshold = profile.freeDomesticThreshold();
    processingMin = profile.processingDaysMin();
    processingMax = profile.processingDaysMax();
  }

  /**
   * What buyers would pay for 1 and 3 items at home and abroad, and when it would arrive, from the
   * values in the form; empty while the form breaks a rule.
   */
  public List<PreviewRow> getPreview() {
    ShippingSettings settings = settings();
    if (!ShippingRules.check(settings).isEmpty()) {
      return List.of();
    }
    ShippingProfile profile =
        new ShippingProfile(
            0,
            settings.originCountry().strip().toUpperCase(Locale.ROOT),
            settings.domestic(),
            settings.international(),
            settings.freeDomesticThreshold(),
            settings.processingDaysMin(),
            settings.processingDaysMax());
    String abroad = abroadOf(profile.originCountry());
    LocalDate today = LocalDate.now();
    return List.of(
        row("1 item", profile, abroad, 1, today),
        row("3 items", profile, abroad, 3, today),
        new PreviewRow(
            "Arrives in",
            days(profile.quote(null, 1, BigDecimal.ZERO, today), today),
            days(profile.quote(abroad, 1, BigDecimal.ZERO, today), today)));
  }

  /** The preview's heading for the domestic column. */
  public String getOriginName() {
    return originCountry == null || originCountry.isBlank()
        ? "home"
        : new Locale("", originCountry.strip().toUpperCase(Locale.ROOT))
            .getDisplayCountry(Locale.ENGLISH);
  }

  private static PreviewRow row(
      String label, ShippingProfile profile, String abroad, int pieces, LocalDate today) {
    return new PreviewRow(
        label,
        amount(profile.quote(null, pieces, BigDecimal.ZERO, today)),
        amount(profile.quote(abroad, pieces, BigDecimal.ZERO, today)));
  }

  /** Any country other than the origin: the international rate is the same everywhere abroad. */
  private static String abroadOf(String origin) {
    return "US".equals(origin) ? "GB" : "US";
  }

  private static String amount(ShippingQuote quote) {
    return quote.ships() ? quote.amount().toPlainString() : "Does not ship";
  }

  private static String days(ShippingQuote quote, LocalDate today) {
    if (!quote.ships()) {
      return "—";
    }
    long from = ChronoUnit.DAYS.between(today, quote.estimatedDelivery().from());
    long to = ChronoUnit.DAYS.between(today, quote.estimatedDelivery().to());
    return from + "–" + to + " days";
  }

  public List<Country> getCountries() {
    return COUNTRIES;
  }

  public String getOriginCountry() {
    return originCountry;
  }

  public void setOriginCountry(String originCountry) {
    this.originCountry = originCountry;
  }

  public BigDecimal getDomesticFirst() {
    return domesticFirst;
  }

  public void setDomesticFirst(BigDecimal domesticFirst) {
    this.domesticFirst = domesticFirst;
  }

  public BigDecimal getDomesticAdditional() {
    return domesticAdditional;
  }

  public void setDomesticAdditional(BigDecimal domesticAdditional) {
    this.domesticAdditional = domesticAdditional;
  }

  public boolean isInternational() {
    return international;
  }

  public void setInternational(boolean international) {
    this.international = international;
  }

  public BigDecimal getInternationalFirst() {
    return internationalFirst;
  }

  public void setInternationalFirst(BigDecimal internationalFirst) {
    this.internationalFirst = internationalFirst;
  }

  public BigDecimal getInternationalAdditional() {
    return internationalAdditional;
  }

  public void setInternationalAdditional(BigDecimal internationalAdditional) {
    this.internationalAdditional = internationalAdditional;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public void setThreshold(BigDecimal threshold) {
    this.threshold = threshold;
  }

  public Integer getProcessingMin() {
    return processingMin;
  }

  public void setProcessingMin(Integer processingMin) {
    this.processingMin = processingMin;
  }

  public Integer getProcessingMax() {
    return processingMax;
  }

  public void setProcessingMax(Integer processingMax) {
    this.processingMax = processingMax;
  }
}
