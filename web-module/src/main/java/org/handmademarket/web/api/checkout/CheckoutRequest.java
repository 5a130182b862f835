package org.handmademarket.web.api.checkout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.handmademarket.checkout.CheckoutDetails;
import org.handmademarket.checkout.ShippingAddress;

/** {@code {shippingAddress: {...}, payment: {cardNumber}, expectedTotal}}. */
public class CheckoutRequest {

  @NotNull @Valid public Address shippingAddress;

  @NotNull @Valid public Payment payment;

  /** The total the buyer saw and agreed to: the cart's {@code total} for the address's country. */
  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 10, fraction = 2)
  public BigDecimal expectedTotal;

  /** Where to ship; sizes follow the columns of {@code orders}. */
  public static class Address {
    @NotBlank
    @Size(max = 120)
    public String name;

    @NotBlank
    @Size(max = 200)
    public String line1;

    @Size(max = 200)
    public String line2;

    @NotBlank
    @Size(max = 100)
    public String city;

    @Size(max = 100)
    public String region;

    @NotBlank
    @Size(max = 20)
    public String postalCode;

    /** ISO 3166-1 alpha-2, upper case. */
    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as GB")
    public String country;
  }

  /** The card; in production a provider's token takes its place. */
  public static class Payment {
    @NotNull
    @Pattern(regexp = "[0-9]{12,19}", message = "must be 12 to 19 digits")
    public String cardNumber;
  }

  CheckoutDetails details() {
    return new CheckoutDetails(
        new ShippingAddress(
            shippingAddress.name.trim(),
            shippingAddress.line1.trim(),
            trimmed(shippingAddress.line2),
            shippingAddress.city.trim(),
            trimmed(shippingAddress.region),
            shippingAddress.postalCode.trim(),
            shippingAddress.country),
        payment.cardNumber,
        expectedTotal);
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
