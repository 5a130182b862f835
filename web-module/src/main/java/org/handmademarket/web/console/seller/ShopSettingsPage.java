package org.handmademarket.web.console.seller;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.handmademarket.catalog.Limits;
import org.handmademarket.catalog.seller.ShopBranding;
import org.handmademarket.catalog.shop.ShopProfile;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.web.console.Messages;
import org.primefaces.event.FileUploadEvent;

/** The seller's shop settings: texts, shipping policy, logo and banner, with a live preview. */
@Named
@ViewScoped
public class ShopSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ShopBranding branding;

  private ShopView shop;

  @NotBlank
  @Size(max = Limits.SHOP_NAME)
  private String name;

  @Size(max = Limits.SHOP_TAGLINE)
  private String tagline;

  @Size(max = Limits.LONG_TEXT)
  private String description;

  @Size(max = Limits.SHOP_LOCATION)
  private String location;

  @Size(max = Limits.LONG_TEXT)
  private String shippingPolicy;

  /** The page's view action. */
  public void load() {
    show(branding.current());
  }

  public void save() {
    show(branding.describe(new ShopProfile(name, tagline, description, location, shippingPolicy)));
    Messages.done("Shop saved");
  }

  public void uploadLogo(FileUploadEvent event) throws IOException {
    try (InputStream content = event.getFile().getInputStream()) {
      shop = branding.changeLogo(content);
    }
    Messages.done("Logo changed");
  }

  public void uploadBanner(FileUploadEvent event) throws IOException {
    try (InputStream content = event.getFile().getInputStream()) {
      shop = branding.changeBanner(content);
    }
    Messages.done("Banner changed");
  }

  private void show(ShopView view) {
    shop = view;
    name = view.name();
    tagline = view.tagline();
    description = view.description();
    location = view.location();
    shippingPolicy = view.shippingPolicy();
  }

  public ShopView getShop() {
    return shop;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTagline() {
    return tagline;
  }

  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getShippingPolicy() {
    return shippingPolicy;
  }

  public void setShippingPolicy(String shippingPolicy) {
    this.shippingPolicy = shippingPolicy;
  }
}
