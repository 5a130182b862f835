package org.handmademarket.checkout.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a buyer wants the goods sent: copied onto every order of the checkout. */
@Embeddable
public class ShippingAddress {

  @Column(name = "ship_name")
  private String name;

  @Column(name = "ship_line1")
  private String line1;

  @Column(name = "ship_line2")
  private String line2;

  @Column(name = "ship_city")
  private String city;

  @Column(name = "ship_region")
  private String region;

  @Column(name = "ship_postal_code")
  private String postalCode;

  @Column(name = "ship_country")
  private String country;

  protected ShippingAddress() {}

  public ShippingAddress(
      String name,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String country) {
    this.name = name;
    this.line1 = line1;
    this.line2 = line2 == null ? "" : line2;
    this.city = city;
    this.region = region == null ? "" : region;
    this.postalCode = postalCode;
    this.country = country;
  }

  public String name() {
    return name;
  }

  public String line1() {
    return line1;
  }

  public String line2() {
    return line2;
  }

  public String city() {
    return city;
  }

  public String region() {
    return region;
  }

  public String postalCode() {
    return postalCode;
  }

  public String country() {
    return country;
  }
}
