package org.handmademarket.web.api.checkout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.handmademarket.checkout.orders.ShippingAddress;
import org.handmademarket.checkout.placing.CheckoutDetails;

/** {@code {shippingAddress: {...}, payment: {paymentMethodId}, expectedTotal}}. */
public class CheckoutRequest {

  @NotNull
  @Valid
  @Schema(ref = "CheckoutAddress")
  public Address shippingAddress;

  @NotNull
  @Valid
  @Schema(ref = "CheckoutPayment")
  public Payment payment;

  /** The total the buyer saw and agreed to: the cart's {@code total} for the address's country. */
  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 10, fraction = 2)
  public BigDecimal expectedTotal;

  /** Where to ship; sizes follow the columns of {@code orders}. */
  @Schema(name = "CheckoutAddress")
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

  /**
   * The payment method the provider's client library made of the buyer's card (Stripe.js; the
   * sandbox lists its own): the card number itself never reaches the marketplace.
   */
  @Schema(name = "CheckoutPayment")
  public static class Payment {
    @NotNull
    @Pattern(
        regexp = "pm_[A-Za-z0-9_]{1,250}",
        message = "must be a payment method id such as pm_card_visa, made by the payment provider")
    public String paymentMethodId;
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
        payment.paymentMethodId,
        expectedTotal);
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
