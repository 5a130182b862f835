package org.handmademarket.web.api.checkout;

import jakarta.json.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.handmademarket.checkout.CheckoutDetails;
import org.handmademarket.checkout.ShippingAddress;

/** {@code {shippingAddress: {...}, payment: {cardNumber}}}. */
public class CheckoutRequest {

  @NotNull @Valid public Address shippingAddress;

  @NotNull @Valid public Payment payment;

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
        payment.cardNumber);
  }

  /**
   * The request in one canonical form (fixed member order, trimmed values), so that the same
   * checkout sent with other white space or member order has the same fingerprint.
   */
  String canonical() {
    CheckoutDetails details = details();
    ShippingAddress a = details.address();
    return Json.createObjectBuilder()
        .add("name", a.name())
        .add("line1", a.line1())
        .add("line2", a.line2())
        .add("city", a.city())
        .add("region", a.region())
        .add("postalCode", a.postalCode())
        .add("country", a.country())
        .add("cardNumber", details.cardNumber())
        .build()
        .toString();
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
